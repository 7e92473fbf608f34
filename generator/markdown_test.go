package generator

import "testing"

// TestPrintAddresses checks which links the print stylesheet follows with
// their address: those whose text does not already show it.
func TestPrintAddresses(t *testing.T) {
	for _, c := range []struct{ md, want string }{
		{"[cookie settings](https://example.com/cookies)", `<p><a href="https://example.com/cookies" class="print-href">cookie settings</a></p>` + "\n"},
		{"[privacy@example.com](mailto:privacy@example.com)", `<p><a href="mailto:privacy@example.com">privacy@example.com</a></p>` + "\n"},
		{"[Example.com](https://example.com/)", `<p><a href="https://example.com/">Example.com</a></p>` + "\n"},
		{"[example.com/privacy](HTTPS://example.com/privacy)", `<p><a href="HTTPS://example.com/privacy">example.com/privacy</a></p>` + "\n"},
		{"[write to us](mailto:privacy@example.com)", `<p><a href="mailto:privacy@example.com" class="print-href">write to us</a></p>` + "\n"},
		{"[+33 1 23 45 67 89](tel:+33123456789)", `<p><a href="tel:+33123456789">+33 1 23 45 67 89</a></p>` + "\n"},
		{"[call us](tel:+33123456789)", `<p><a href="tel:+33123456789" class="print-href">call us</a></p>` + "\n"},
		{"[the full policy](policy.html#rights)", `<p><a href="policy.html#rights">the full policy</a></p>` + "\n"},
	} {
		doc, err := convert([]byte(c.md))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(doc.HTML); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.md, got, c.want)
		}
	}
}
