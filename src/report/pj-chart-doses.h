/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "pj-medicine.h"
#include "pj-palette.h"

G_BEGIN_DECLS

/* Dose markers under the chart, shared by the Trends page and the PDF report: one row per
 * medicine, its name at the left; as-needed doses are ticks at their time of day, regular
 * ones a dot per dose taken and a ring per dose skipped. */
typedef struct
{
  PjDate   date;
  int      minutes;
  gboolean taken;
} PjChartDose;

typedef struct
{
  char    *label;
  gboolean as_needed;
  GArray  *doses;   /* PjChartDose, oldest first */
} PjChartDoseRow;

void       pj_chart_dose_row_free (PjChartDoseRow *row);
/* A row per medicine of @medicines (PjMedicine* carrying their doses) that has a dose in
 * @from … @to or is in use. Array of PjChartDoseRow*. */
GPtrArray *pj_chart_dose_rows_from_medicines (GPtrArray *medicines,
                                              PjDate     from,
                                              PjDate     to);

/* Private to the renderer (pj-chart.c). */
typedef struct
{
  double x, width;     /* the plot's horizontal extent */
  PjDate first;
  guint  n_days;
} PjChartDoseScale;

double     pj_chart_doses_label_width (GPtrArray   *rows,
                                       PangoLayout *layout);
void       pj_chart_doses_draw (GPtrArray              *rows,
                                cairo_t                *cr,
                                PangoLayout            *layout,
                                const PjChartDoseScale *scale,
                                double                  top,
                                double                  row_height,
                                const PjPalette        *palette);

G_END_DECLS
