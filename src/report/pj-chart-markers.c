/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pj-chart-markers.h"

static PjChartMarkerKind
marker_kind (PjFlagLevel level)
{
  switch (level)
    {
    case PJ_FLAG_LEVEL_URGENT:
      return PJ_CHART_MARKER_URGENT;
    case PJ_FLAG_LEVEL_SEE_SOON:
      return PJ_CHART_MARKER_SEE_SOON;
    case PJ_FLAG_LEVEL_WATCH:
    default:
      return PJ_CHART_MARKER_WATCH;
    }
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const PjChartMarker *x = a;
  const PjChartMarker *y = b;

  return x->date < y->date ? -1 : x->date > y->date;
}

GArray *
pj_chart_markers_from_flags (GPtrArray *flags,
                             PjDate     from,
                             PjDate     to)
{
  GArray *markers = g_array_new (FALSE, FALSE, sizeof (PjChartMarker));
  g_autoptr (GHashTable) index_of = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (from <= to, markers);

  for (guint i = 0; flags != NULL && i < flags->len; i++)
    {
      const PjFlag *flag = g_ptr_array_index (flags, i);
      PjChartMarkerKind kind = marker_kind (flag->info->level);

      for (guint j = 0; j < flag->dates->len; j++)
        {
          PjChartMarker marker = { g_array_index (flag->dates, PjDate, j), kind };
          gpointer slot;

          /* A flag raised in the period may name days before it (its window looks back). */
          if (marker.date < from || marker.date > to)
            continue;
          if (g_hash_table_lookup_extended (index_of, GUINT_TO_POINTER (marker.date), NULL,
                                            &slot))
            {
              PjChartMarker *kept = &g_array_index (markers, PjChartMarker,
                                                    GPOINTER_TO_UINT (slot));

              /* The enum runs from the most serious down. */
              kept->kind = MIN (kept->kind, kind);
              continue;
            }
          g_hash_table_insert (index_of, GUINT_TO_POINTER (marker.date),
                               GUINT_TO_POINTER (markers->len));
          g_array_append_val (markers, marker);
        }
    }
  g_array_sort (markers, compare_markers);
  return markers;
}

GArray *
pj_chart_markers_group_by_week (const PjChartMarker *markers,
                                guint                n_markers,
                                const PjChartSeries *series)
{
  GArray *grouped = g_array_new (FALSE, FALSE, sizeof (PjChartMarker));
  guint week = 0;

  g_return_val_if_fail (series != NULL, grouped);
  g_return_val_if_fail (markers != NULL || n_markers == 0, grouped);

  for (guint i = 0; i < n_markers; i++)
    {
      const PjChartMarker *marker = &markers[i];
      const PjChartWeek *current;
      PjChartMarker *last;

      if (pj_chart_series_index (series, marker->date) < 0)
        continue;
      /* Both are in date order: the week only ever moves forward. */
      while (week + 1 < series->weeks->len &&
             g_array_index (series->weeks, PjChartWeek, week).last < marker->date)
        week++;
      current = &g_array_index (series->weeks, PjChartWeek, week);
      last = grouped->len > 0 ? &g_array_index (grouped, PjChartMarker, grouped->len - 1) : NULL;
      if (last != NULL && last->date >= current->first)
        {
          last->kind = MIN (last->kind, marker->kind);
          continue;
        }
      g_array_append_val (grouped, *marker);
    }
  return grouped;
}
