/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pj-chart-doses.h"

/* Names longer than this are shortened with "…" so the plot keeps most of the width. */
#define LABEL_MAX_CHARS 14

void
pj_chart_dose_row_free (PjChartDoseRow *row)
{
  if (row == NULL)
    return;
  g_free (row->label);
  g_array_unref (row->doses);
  g_free (row);
}

static char *
short_label (const char *name)
{
  if (g_utf8_strlen (name, -1) <= LABEL_MAX_CHARS)
    return g_strdup (name);
  {
    g_autofree char *start = g_utf8_substring (name, 0, LABEL_MAX_CHARS - 1);

    return g_strconcat (start, "…", NULL);
  }
}

GPtrArray *
pj_chart_dose_rows_from_medicines (GPtrArray *medicines,
                                   PjDate     from,
                                   PjDate     to)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_chart_dose_row_free);

  for (guint i = 0; medicines != NULL && i < medicines->len; i++)
    {
      const PjMedicine *medicine = g_ptr_array_index (medicines, i);
      PjChartDoseRow *row = g_new0 (PjChartDoseRow, 1);

      row->label = short_label (medicine->name);
      row->as_needed = !medicine->regular;
      row->doses = g_array_new (FALSE, FALSE, sizeof (PjChartDose));
      for (guint j = 0; j < medicine->doses->len; j++)
        {
          const PjDose *dose = g_ptr_array_index (medicine->doses, j);
          PjChartDose mark = { dose->date, dose->minutes, dose->taken };

          if (dose->date >= from && dose->date <= to)
            g_array_append_val (row->doses, mark);
        }
      if (row->doses->len == 0 && medicine->archived)
        pj_chart_dose_row_free (row);
      else
        g_ptr_array_add (rows, row);
    }
  return rows;
}

double
pj_chart_doses_label_width (GPtrArray   *rows,
                            PangoLayout *layout)
{
  int widest = 0;

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      int width;

      pango_layout_set_text (layout, ((PjChartDoseRow *) rows->pdata[i])->label, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

static void
set_color (cairo_t *cr,
           PjColor  color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

void
pj_chart_doses_draw (GPtrArray              *rows,
                     cairo_t                *cr,
                     PangoLayout            *layout,
                     const PjChartDoseScale *scale,
                     double                  top,
                     double                  row_height,
                     const PjPalette        *palette)
{
  double day_width = scale->width / MAX (scale->n_days, 1);
  double radius = MIN (row_height * 0.22, MAX (day_width * 0.4, 1.5));

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const PjChartDoseRow *row = g_ptr_array_index (rows, i);
      double y = top + i * row_height;
      double middle = y + row_height / 2;
      int text_height;

      /* a faint guide, so each row reads as a lane */
      set_color (cr, palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, scale->x, floor (middle) + 0.5);
      cairo_line_to (cr, scale->x + scale->width, floor (middle) + 0.5);
      cairo_stroke (cr);

      pango_layout_set_text (layout, row->label, -1);
      pango_layout_get_pixel_size (layout, NULL, &text_height);
      set_color (cr, palette->foreground);
      cairo_move_to (cr, 0, middle - text_height / 2.0);
      pango_cairo_show_layout (cr, layout);

      set_color (cr, palette->accent);
      cairo_set_line_width (cr, MAX (1, MIN (2, day_width / 3)));
      for (guint j = 0; j < row->doses->len; j++)
        {
          const PjChartDose *dose = &g_array_index (row->doses, PjChartDose, j);
          double x = scale->x + (dose->date - scale->first) * day_width;

          if (dose->date < scale->first || dose->date >= scale->first + scale->n_days)
            continue;
          if (row->as_needed)
            {
              x += day_width * dose->minutes / (24.0 * 60);
              cairo_move_to (cr, x, y + row_height * 0.15);
              cairo_line_to (cr, x, y + row_height * 0.85);
              cairo_stroke (cr);
              continue;
            }
          cairo_new_sub_path (cr);
          cairo_arc (cr, x + day_width / 2, middle, radius, 0, 2 * G_PI);
          if (dose->taken)
            cairo_fill (cr);
          else
            cairo_stroke (cr);
        }
    }
}
