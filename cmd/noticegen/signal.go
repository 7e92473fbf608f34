package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

// interrupted is why a build stopped when it received SIGINT or SIGTERM.
type interrupted struct{ sig os.Signal }

func (e interrupted) Error() string {
	return "interrupted by " + signalName(e.sig)
}

// code is the exit status of a process the signal ended, as shells report
// it: 128 plus the signal's number (130 for SIGINT, 143 for SIGTERM).
func (e interrupted) code() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFailure
}

func signalName(s os.Signal) string {
	if s == os.Interrupt {
		return "SIGINT"
	}
	return "SIGTERM"
}

// cancelOnSignal returns a context that SIGINT or SIGTERM cancels, with an
// interrupted as its cause, so that generator.WriteDir removes the
// directory it was writing before the command exits. The first signal only
// cancels; a second one ends the process at once, as if noticegen did not
// catch signals at all. stop releases the signals.
func cancelOnSignal(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(interrupted{s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// writeFailure is the exit error for a generator.WriteDir into out that
// failed: the status of the signal that interrupted it, or 1.
func writeFailure(err error, out string) error {
	var sig interrupted
	if errors.As(err, &sig) {
		return &exitError{sig.code(), fmt.Errorf("%w; nothing was written, %s is as it was", err, filepath.Clean(out))}
	}
	return failure(err)
}
