/* SPDX-License-Identifier: GPL-3.0-or-later */

/* first-frame: how long a program takes from exec to its first drawn frame, seen from outside
 * through the X server, so it measures any toolkit and renderer the same way.
 *
 *   first-frame [--timeout SECONDS] [--verbose] -- PROGRAM [ARGS…]
 *
 * It watches the root window for new top-level windows (SubstructureNotify), puts a Damage
 * object on each as soon as it is created (so nothing drawn right after mapping is missed),
 * spawns PROGRAM, waits for the first top-level that is mapped and then for the first damage
 * the program itself makes to that window (not the exposure the server reports on mapping),
 * prints the time from spawn to that damage in milliseconds, and terminates the program.
 * With --verbose it logs every map and damage, and goes on watching for half a second after
 * the first frame, to show what the frames are. Exit status 0 on success, 1 when the program
 * died or timed out first, 2 for a usage or X problem. */

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

typedef struct
{
  Display *display;
  int      damage_event;
  int      verbose;
  double   start;
  double   result;        /* ms from spawn to the first frame, or -1 */
  Watched  watched[MAX_WINDOWS];
  int      n_watched;
} Session;

static void
on_create (Session            *session,
           XCreateWindowEvent *event)
{
  Watched *w;

  if (event->override_redirect || session->n_watched >= MAX_WINDOWS)
    return;

  w = &session->watched[session->n_watched++];
  w->window = event->window;
  w->damage = XDamageCreate (session->display, event->window, XDamageReportRawRectangles);
  w->mapped = 0;
  w->in_map_exposure = 0;
}

static void
on_map (Session   *session,
        XMapEvent *event)
{
  Watched *w = find_watched (session->watched, session->n_watched, event->window);

  if (w == NULL)
    return;
  w->mapped = 1;
  w->in_map_exposure = 1;
  if (session->verbose)
    fprintf (stderr, "first-frame: window 0x%lx mapped at %.1f ms\n", w->window,
             now_ms () - session->start);
}

static void
on_damage (Session            *session,
           XDamageNotifyEvent *damage)
{
  Watched *w = find_watched (session->watched, session->n_watched, damage->drawable);

  if (session->verbose)
    fprintf (stderr, "first-frame: damage %dx%d+%d+%d on 0x%lx%s at %.1f ms\n",
             damage->area.width, damage->area.height, damage->area.x, damage->area.y,
             damage->drawable,
             w == NULL || !w->mapped ? " (unmapped)"
             : w->in_map_exposure ? " (map exposure)" : "",
             now_ms () - session->start);
  if (w == NULL || !w->mapped)
    return;

  /* Mapping a window makes the server report its whole area as damaged before the program
   * has drawn anything (even with no background). Those rectangles come right after the
   * MapNotify, as one batch ending with more == False; the program's own drawing comes from
   * later requests. */
  if (w->in_map_exposure)
    {
      if (!damage->more)
        w->in_map_exposure = 0;
      return;
    }
  if (session->result < 0)
    session->result = now_ms () - session->start;
}

static void
dispatch_pending (Session *session)
{
  while (XPending (session->display) > 0)
    {
      XEvent event;

      XNextEvent (session->display, &event);
      if (event.type == CreateNotify)
        on_create (session, &event.xcreatewindow);
      else if (event.type == MapNotify)
        on_map (session, &event.xmap);
      else if (event.type == session->damage_event + XDamageNotify)
        on_damage (session, (XDamageNotifyEvent *) &event);
    }
}

/* Runs until the first frame (plus half a second in verbose mode), a timeout, or the
 * program's exit. Returns the program's pid if it still runs, else 0. */
static pid_t
watch (Session    *session,
       pid_t       pid,
       double      timeout_ms,
       const char *program)
{
  while (session->result < 0 ||
         (session->verbose && now_ms () - session->start < session->result + 500))
    {
      struct pollfd fd = { ConnectionNumber (session->display), POLLIN, 0 };
      double remaining = timeout_ms - (now_ms () - session->start);
      int status;

      if (remaining <= 0 && session->result < 0)
        {
          fprintf (stderr, "first-frame: no frame within %.0f s\n", timeout_ms / 1000);
          break;
        }
      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          if (session->result < 0)
            fprintf (stderr, "first-frame: %s exited before drawing a frame\n", program);
          return 0;
        }

      if (XPending (session->display) == 0)
        poll (&fd, 1, remaining < 50 ? (int) remaining + 1 : 50);
      else
        dispatch_pending (session);
    }
  return pid;
}

/* Returns the index of PROGRAM in argv, or 0 after printing a usage error. */
static int
parse_options (int      argc,
               char    *argv[],
               int     *verbose,
               double  *timeout_ms)
{
  int i = 1;

  while (i < argc && argv[i][0] == '-')
    {
      if (strcmp (argv[i], "--") == 0)
        {
          i++;
          break;
        }
      else if (strcmp (argv[i], "--verbose") == 0)
        *verbose = 1;
      else if (strcmp (argv[i], "--timeout") == 0 && i + 1 < argc)
        *timeout_ms = atof (argv[++i]) * 1000.0;
      else
        {
          fprintf (stderr, "first-frame: unknown option %s\n", argv[i]);
          return 0;
        }
      i++;
    }
  if (i >= argc)
    {
      fprintf (stderr, "usage: first-frame [--timeout SECONDS] [--verbose] -- PROGRAM [ARGS…]\n");
      return 0;
    }
  return i;
}

int
main (int   argc,
      char *argv[])
{
  Session session = { .result = -1 };
  double timeout_ms = 30000;
  int damage_error, program;
  pid_t pid;

  program = parse_options (argc, argv, &session.verbose, &timeout_ms);
  if (program == 0)
    return 2;

  session.display = XOpenDisplay (NULL);
  if (session.display == NULL)
    {
      fprintf (stderr, "first-frame: cannot open the X display (is DISPLAY set?)\n");
      return 2;
    }
  if (!XDamageQueryExtension (session.display, &session.damage_event, &damage_error))
    {
      fprintf (stderr, "first-frame: the X server has no DAMAGE extension\n");
      return 2;
    }
  XSetErrorHandler (ignore_x_errors);

  XSelectInput (session.display, DefaultRootWindow (session.display), SubstructureNotifyMask);
  XSync (session.display, False);

  session.start = now_ms ();
  pid = spawn (argv + program);
  pid = watch (&session, pid, timeout_ms, argv[program]);

  if (pid > 0)
    stop_child (pid);
  XCloseDisplay (session.display);

  if (session.result < 0)
    return 1;
  printf ("%.1f\n", session.result);
  return 0;
}
