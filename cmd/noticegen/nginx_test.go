package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestNginxRecipe serves a build with the nginx configuration of the
// README, taken from the README itself, from a real nginx on the loopback
// interface, and fetches the language chooser, a page and notice.json
// through it. Without nginx it is skipped, or fails with
// NOTICEGEN_REQUIRE_NGINX=1.
func TestNginxRecipe(t *testing.T) {
	nginx := siteTool(t, "nginx", "NOTICEGEN_REQUIRE_NGINX", "apt-get install nginx", "/usr/sbin/nginx")
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)```nginx\n(.*?)```").FindSubmatch(readme)
	if block == nil {
		t.Fatal("the README has no nginx configuration")
	}
	const readmeRoot = "/srv/www/public"
	if !bytes.Contains(block[1], []byte("root "+readmeRoot+";")) {
		t.Fatalf("the README's nginx configuration no longer serves %s:\n%s", readmeRoot, block[1])
	}

	// A free port on the loopback interface.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()

	dir := t.TempDir()
	public := filepath.Join(dir, "public")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "../../examples/shop/notice.toml", "--base-url", "http://" + addr + "/privacy/", "--out", filepath.Join(public, "privacy"), "-q"}, &stdout, &stderr); code != 0 {
		t.Fatalf("noticegen build: exit %d: %s", code, stderr.String())
	}
	location := strings.ReplaceAll(string(block[1]), readmeRoot, public)
	conf := fmt.Sprintf(`# The README's location, in a server of its own on the loopback interface.
daemon off;
worker_processes 1;
# Only a master started by root switches user; the files are the test's own.
user root;
pid %[1]s/nginx.pid;
error_log %[1]s/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path %[1]s/tmp;
    proxy_temp_path %[1]s/tmp;
    fastcgi_temp_path %[1]s/tmp;
    uwsgi_temp_path %[1]s/tmp;
    scgi_temp_path %[1]s/tmp;
    server {
        listen %[2]s;
%[3]s
    }
}
`, dir, addr, location)
	if err := os.WriteFile(filepath.Join(dir, "nginx.conf"), []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(nginx, "-p", dir, "-c", filepath.Join(dir, "nginx.conf"), "-e", filepath.Join(dir, "error.log"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// SIGINT is nginx's fast shutdown, which stops its workers too; a
	// killed master would leave them behind.
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	})
	// Wait for nginx to listen: not a timed test, a start-up.
	for i := 0; ; i++ {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			break
		}
		if i == 200 {
			log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
			t.Fatalf("nginx does not listen on %s: %v\n%s", addr, err, log)
		}
		time.Sleep(50 * time.Millisecond)
	}
	get := func(path, wantType, wantBody string) {
		t.Helper()
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", path, resp.Status)
			return
		}
		if got := resp.Header.Get("Content-Type"); !strings.HasPrefix(got, wantType) {
			t.Errorf("GET %s: Content-Type %q, want %s", path, got, wantType)
		}
		if !strings.Contains(string(body), wantBody) {
			t.Errorf("GET %s: no %q in the body", path, wantBody)
		}
	}
	get("/privacy/", "text/html", `<link rel="canonical" href="http://`+addr+`/privacy/">`)
	get("/privacy/fr/policy.html", "text/html", `<html lang="fr"`)
	get("/privacy/notice.json", "application/json", `"schema_version": 1`)
}
