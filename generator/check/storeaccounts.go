package check

import (
	"fmt"
	"slices"
)

// storeAccounts: Play asks how people create an account in the app. An
// app's declaration that has accounts (a purpose of kind account, or data
// of category account) and says account_creation = ["none"] tells Play
// less than the policy; one that says nothing leaves the question
// unanswered, as does one with no link to delete an account; and
// "other" needs its description.
type storeAccounts struct{}

func init() { register(storeAccounts{}) }

func (storeAccounts) ID() string         { return "store-accounts" }
func (storeAccounts) Category() Category { return Completeness }
func (storeAccounts) Severity() Severity { return Error }
func (storeAccounts) Source() string {
	return "Google Play Data safety, account creation (Play Console Help 10787469)"
}

func (storeAccounts) Check(n *Notice) []Finding {
	d := n.Decl
	if d.Store == nil {
		return nil
	}
	methods := d.Store.AccountCreation
	var out []Finding
	switch {
	case d.HasAccounts() && slices.Equal(methods, []string{"none"}):
		f := at("store", "account_creation")
		f.Message = fmt.Sprintf("Play's form would say the app has no accounts, yet %s", accountEvidence(n))
		f.Fix = `list how people create their account: "username-password", "username-other-auth", "username-password-other-auth", "oauth" or "other"`
		out = append(out, f)
	case d.HasAccounts() && len(methods) == 0:
		f := at("store")
		f.Severity = Warning
		f.Message = fmt.Sprintf("%s, and [store] does not say how people create their account, so Play's account-creation question stays unanswered", accountEvidence(n))
		f.Fix = `add account_creation = ["username-password"] (or "username-other-auth", "username-password-other-auth", "oauth", "other")`
		out = append(out, f)
	}
	if d.HasAccounts() && !slices.Equal(methods, []string{"none"}) && d.Store.AccountDeletionURL == "" && d.Store.DeletionURL == "" && d.Rights.URL == "" {
		f := at("store")
		f.Severity = Warning
		f.Message = fmt.Sprintf("%s, and neither [store] nor rights.url gives the link where people ask for their account and its data to be deleted, which Play asks of apps with accounts", accountEvidence(n))
		f.Fix = `add account_deletion_url = "https://…" to [store]`
		out = append(out, f)
	}
	if slices.Contains(methods, "other") && d.Store.AccountCreationOther == "" {
		f := at("store", "account_creation")
		f.Severity = Warning
		f.Message = `account_creation lists "other", and [store] does not say how (Play asks for a description)`
		f.Fix = `add account_creation_other = "…", in the language of your Play Console`
		out = append(out, f)
	}
	return out
}

// accountEvidence says what in the declaration shows that people have
// accounts.
func accountEvidence(n *Notice) string {
	for _, p := range n.Decl.Purposes {
		if p.Kind == "account" {
			return fmt.Sprintf("purpose %q is of kind account", p.ID)
		}
	}
	for _, x := range n.Decl.Data {
		if x.Category == "account" {
			return fmt.Sprintf("data %q is of category account", x.ID)
		}
	}
	return "the declaration has accounts"
}
