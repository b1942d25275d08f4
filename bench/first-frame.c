/* SPDX-License-Identifier: GPL-3.0-or-later */

/* first-frame: how long a program takes from exec to its first drawn frame, seen from outside
 * through the X server, so it measures any toolkit and renderer the same way.
 *
 *   first-frame [--timeout SECONDS] [--verbose] -- PROGRAM [ARGS…]
 *
 * It watches the root window for new top-level windows (SubstructureNotify), puts a Damage
 * object on each as soon as it is created (so nothing drawn right after mapping is missed),
 * spawns PROGRAM, waits for the first top-level that is mapped and then for the first damage
 * the program itself makes to that window (not the exposure the server reports on mapping), prints the time from spawn to that damage in milliseconds, and terminates
 * the program. With --verbose it logs every map and damage, and goes on watching for half a
 * second after the first frame, to see what the frames are. Exit status 0 on success, 1 when the program died or timed out first. */

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>

#define MAX_WINDOWS 64

typedef struct
{
  Window window;
  Damage damage;
  int    mapped;
  int    in_map_exposure;  /* the damage the server itself reports for mapping it */
} Watched;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
ignore_x_errors (Display     *display,
                 XErrorEvent *event)
{
  /* A window may be destroyed between its CreateNotify and our Damage request. */
  return 0;
}

static pid_t
spawn (char **argv)
{
  pid_t pid = fork ();

  if (pid == 0)
    {
      execvp (argv[0], argv);
      fprintf (stderr, "first-frame: cannot run %s: %s\n", argv[0], strerror (errno));
      _exit (127);
    }
  return pid;
}

static void
stop_child (pid_t pid)
{
  int status;

  kill (pid, SIGTERM);
  for (int i = 0; i < 200; i++)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return;
      usleep (10000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

static Watched *
find_watched (Watched *watched,
              int      n_watched,
              Window   window)
{
  for (int i = 0; i < n_watched; i++)
    {
      if (watched[i].window == window)
        return &watched[i];
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  Display *display;
  Window root;
  int damage_event, damage_error;
  double timeout_ms = 30000, start, result = -1;
  int verbose = 0, first_arg = 1, n_watched = 0;
  Watched watched[MAX_WINDOWS];
  pid_t pid;

  while (first_arg < argc && argv[first_arg][0] == '-')
    {
      if (strcmp (argv[first_arg], "--") == 0)
        {
          first_arg++;
          break;
        }
      else if (strcmp (argv[first_arg], "--verbose") == 0)
        verbose = 1;
      else if (strcmp (argv[first_arg], "--timeout") == 0 && first_arg + 1 < argc)
        timeout_ms = atof (argv[++first_arg]) * 1000.0;
      else
        {
          fprintf (stderr, "first-frame: unknown option %s\n", argv[first_arg]);
          return 2;
        }
      first_arg++;
    }
  if (first_arg >= argc)
    {
      fprintf (stderr, "usage: first-frame [--timeout SECONDS] [--verbose] -- PROGRAM [ARGS…]\n");
      return 2;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "first-frame: cannot open the X display (is DISPLAY set?)\n");
      return 2;
    }
  if (!XDamageQueryExtension (display, &damage_event, &damage_error))
    {
      fprintf (stderr, "first-frame: the X server has no DAMAGE extension\n");
      return 2;
    }
  XSetErrorHandler (ignore_x_errors);

  root = DefaultRootWindow (display);
  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  pid = spawn (argv + first_arg);

  while (result < 0 || (verbose && now_ms () - start < result + 500))
    {
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };
      double remaining = timeout_ms - (now_ms () - start);
      int status;

      if (remaining <= 0 && result < 0)
        {
          fprintf (stderr, "first-frame: no frame within %.0f s\n", timeout_ms / 1000);
          break;
        }
      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          if (result < 0)
            fprintf (stderr, "first-frame: %s exited before drawing a frame\n",
                     argv[first_arg]);
          pid = 0;
          break;
        }

      if (XPending (display) == 0)
        {
          poll (&fd, 1, remaining < 50 ? (int) remaining + 1 : 50);
          continue;
        }

      while (XPending (display) > 0)
        {
          XEvent event;
          Watched *w;

          XNextEvent (display, &event);
          if (event.type == CreateNotify && !event.xcreatewindow.override_redirect &&
              n_watched < MAX_WINDOWS)
            {
              watched[n_watched].window = event.xcreatewindow.window;
              watched[n_watched].damage = XDamageCreate (display, event.xcreatewindow.window,
                                                         XDamageReportRawRectangles);
              watched[n_watched].mapped = 0;
              watched[n_watched].in_map_exposure = 0;
              n_watched++;
            }
          else if (event.type == MapNotify &&
                   (w = find_watched (watched, n_watched, event.xmap.window)) != NULL)
            {
              w->mapped = 1;
              w->in_map_exposure = 1;
              if (verbose)
                fprintf (stderr, "first-frame: window 0x%lx mapped at %.1f ms\n", w->window,
                         now_ms () - start);
            }
          else if (event.type == damage_event + XDamageNotify)
            {
              XDamageNotifyEvent *damage = (XDamageNotifyEvent *) &event;

              w = find_watched (watched, n_watched, damage->drawable);
              if (verbose)
                fprintf (stderr, "first-frame: damage %dx%d+%d+%d on 0x%lx%s at %.1f ms\n",
                         damage->area.width, damage->area.height, damage->area.x,
                         damage->area.y, damage->drawable,
                         w == NULL || !w->mapped ? " (unmapped)"
                         : w->in_map_exposure ? " (map exposure)" : "",
                         now_ms () - start);
              if (w == NULL || !w->mapped)
                continue;
              /* Mapping a window makes the server report its whole area as damaged before
               * the program has drawn anything (even with no background). Those rectangles
               * come right after the MapNotify, as one batch ending with more == False;
               * the program's own drawing comes from later requests. */
              if (w->in_map_exposure)
                {
                  if (!damage->more)
                    w->in_map_exposure = 0;
                  continue;
                }
              if (result < 0)
                result = now_ms () - start;
          }
        }
    }

  if (pid > 0)
    stop_child (pid);
  XCloseDisplay (display);

  if (result < 0)
    return 1;
  printf ("%.1f\n", result);
  return 0;
}
