package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/noticegen/noticegen/generator"
)

// historyToday returns the day a history is built as of: --today when
// given, else the day of SOURCE_DATE_EPOCH in UTC. Never the clock, so
// that the same history builds the same on every machine and every day; a
// scheduled build that must move to the next version on its day passes
// that day.
func historyToday(flag string) (generator.Date, error) {
	if flag != "" {
		d, err := generator.ParseDate(flag)
		if err != nil {
			return generator.Date{}, fmt.Errorf("--today: %w", err)
		}
		return d, nil
	}
	t, err := sourceDate()
	if err != nil {
		return generator.Date{}, err
	}
	if t == nil {
		return generator.Date{}, fmt.Errorf("--history needs the day to build as of, to tell the version in force from those still ahead: pass --today YYYY-MM-DD, or set SOURCE_DATE_EPOCH (in a scheduled job, --today $(date -u +%%F))")
	}
	return generator.DateOf(*t), nil
}

// gitReleases reads every version of the declaration at path from git:
// each distinct notice.version, with its text as of the last commit that
// has it and its release date from the first. The declaration as it is
// now, committed or not, is the last word on its own version. Commits in
// which the file does not load are skipped and named in the warnings.
func gitReleases(path string, now *generator.Declaration) ([]generator.Release, []string, error) {
	dir, name := filepath.Dir(path), filepath.Base(path)
	run := func(stdin io.Reader, args ...string) ([]byte, error) {
		var stdout, stderr bytes.Buffer
		git := exec.Command("git", args...)
		git.Dir, git.Stdin, git.Stdout, git.Stderr = dir, stdin, &stdout, &stderr
		if err := git.Run(); err != nil {
			msg := strings.TrimSpace(stderr.String())
			if msg == "" {
				msg = err.Error()
			}
			return nil, fmt.Errorf("%s: --history reads its versions from git, and git says: %s", path, strings.TrimPrefix(msg, "fatal: "))
		}
		return stdout.Bytes(), nil
	}
	prefix, err := run(nil, "rev-parse", "--show-prefix")
	if err != nil {
		return nil, nil, err
	}
	full := strings.TrimSpace(string(prefix)) + name // the path from the top of the repository
	// --follow finds the versions from before the file was renamed or
	// moved, each with the path it had then (--name-only, from the top of
	// the repository). git follows renames only walking back, so the
	// commits come newest first and are put in order here.
	log, err := run(nil, "-c", "core.quotePath=false", "log", "--follow", "--format=%x00%H %cI", "--name-only", "--", name)
	if err != nil {
		return nil, nil, err
	}
	type commit struct {
		hash, path string
		when       time.Time
	}
	var commits []commit
	for entry := range strings.SplitSeq(string(log), "\x00") {
		head, rest, _ := strings.Cut(entry, "\n")
		hash, when, ok := strings.Cut(strings.TrimSpace(head), " ")
		if !ok {
			continue
		}
		t, err := time.Parse(time.RFC3339, when)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: git log gave a date that is not RFC 3339: %q", path, when)
		}
		// A path git had to quote (a line break or a quote in it) is read
		// at the file's present path.
		at := full
		if p := strings.TrimSpace(rest); p != "" && !strings.ContainsAny(p, "\n\"") {
			at = p
		}
		commits = append(commits, commit{hash, at, t})
	}
	slices.Reverse(commits)
	// One git process reads every version of the file.
	var batch bytes.Buffer
	for _, c := range commits {
		fmt.Fprintf(&batch, "%s:%s\n", c.hash, c.path)
	}
	blobs, err := run(&batch, "cat-file", "--batch")
	if err != nil {
		return nil, nil, err
	}
	r := bufio.NewReader(bytes.NewReader(blobs))
	var (
		releases []generator.Release
		index    = map[string]int{} // version → index in releases
		warnings []string
	)
	for _, c := range commits {
		header, err := r.ReadString('\n')
		if err != nil {
			return nil, nil, fmt.Errorf("%s: git cat-file ended early", path)
		}
		fields := strings.Fields(header)
		if len(fields) == 2 && fields[1] == "missing" {
			continue // the commit deleted the file
		}
		if len(fields) != 3 {
			return nil, nil, fmt.Errorf("%s: git cat-file said %q", path, strings.TrimSpace(header))
		}
		size, err := strconv.Atoi(fields[2])
		if err != nil {
			return nil, nil, fmt.Errorf("%s: git cat-file said %q", path, strings.TrimSpace(header))
		}
		src := make([]byte, size+1) // the content and its newline
		if _, err := io.ReadFull(r, src); err != nil {
			return nil, nil, fmt.Errorf("%s: git cat-file ended early", path)
		}
		short := c.hash[:min(len(c.hash), 12)]
		d, err := generator.Parse(short+":"+c.path, src[:size])
		if err != nil {
			first, _, _ := strings.Cut(err.Error(), "\n")
			warnings = append(warnings, fmt.Sprintf("commit %s is left out of the history: %s", short, first))
			continue
		}
		if i, ok := index[d.Notice.Version]; ok {
			releases[i].Declaration = d // the version's last text; its first date
			continue
		}
		index[d.Notice.Version] = len(releases)
		releases = append(releases, generator.Release{Declaration: d, Published: c.when})
	}
	if i, ok := index[now.Notice.Version]; ok {
		releases[i].Declaration = now
	} else {
		releases = append(releases, generator.Release{Declaration: now})
	}
	return releases, warnings, nil
}
