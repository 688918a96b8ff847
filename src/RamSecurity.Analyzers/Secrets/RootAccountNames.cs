namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// Whether a name (identifier, configuration key, environment variable) says it belongs to the Alibaba Cloud account
/// itself, the root or main account: "rootAccessKeyId", "ALIYUN_ROOT_ACCESS_KEY_ID", "RootAccount:AccessKeySecret",
/// "mainAccountSecret", "MasterAccount", "primary_account_ak". "Root" with another meaning ("RootPath",
/// "rootDirectory", "ContentRootPath", "WebRootUrl") does not.
/// </summary>
internal static class RootAccountNames
{
    private static readonly string[] AccountQualifiers = { "main", "master", "primary" };

    // The words that start an AccessKey's name: after an account qualifier they name that account's key.
    private static readonly string[] AccessKeyWords = { "access", "accesskey", "accesskeyid", "accesskeysecret", "ak", "sk", "akid", "aksecret" };

    // Words next to "root" that give it another meaning ("configRoot" is an IConfigurationRoot, not the account).
    private static readonly string[] OtherRootsBefore =
    {
        "content", "web", "app", "project", "solution", "site", "document", "tree", "file", "source", "repo", "repository", "data", "doc",
        "config", "configuration", "cfg", "settings", "options", "json", "xml", "visual", "composition", "scope",
    };

    // A bare "root" is too common a variable name (a configuration root, a tree's root): it names the account only
    // beside a word of credentials ("rootAccessKeyId", "ROOT_AK", "_rootCredentials", "rootSecret").
    private static readonly string[] CredentialWords =
    {
        "account", "ak", "sk", "key", "keyid", "secret", "access", "accesskey", "accesskeyid", "accesskeysecret", "credential", "credentials",
        "id", "user", "owner", "aliyun", "alibaba", "alicloud", "ram", "acs", "oss", "sts",
    };
    private static readonly string[] OtherRootsAfter =
    {
        "path", "paths", "dir", "directory", "directories", "folder", "url", "uri", "node", "element", "namespace", "domain", "ca", "cert",
        "certificate", "scope", "span", "logger", "container", "view", "component", "object", "type", "level", "entity", "page", "route",
    };

    public static bool NamesRootAccount(string? name)
    {
        if (name is null || name.Length < 4 || !MayNameRootAccount(name))
        {
            return false;
        }

        var words = CredentialNames.SplitWords(name);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (word is "rootaccount" or "mainaccount" or "masteraccount" or "primaryaccount")
            {
                return true;
            }

            // "MainAccount", and the account owner's key named without "account": "MasterAccessKeyId", "ALIYUN_MASTER_ACCESS_KEY_ID",
            // "mainAk". "PrimaryKey" and "MasterSecret" (a TLS secret) are not an account's.
            if (System.Array.IndexOf(AccountQualifiers, word) >= 0 && next is not null && (next == "account" || System.Array.IndexOf(AccessKeyWords, next) >= 0))
            {
                return true;
            }

            if (word == "root"
                && (i == 0 || System.Array.IndexOf(OtherRootsBefore, words[i - 1]) < 0)
                && (next is null || System.Array.IndexOf(OtherRootsAfter, next) < 0)
                && words.Exists(other => other != "root" && System.Array.IndexOf(CredentialWords, other) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cheap necessary condition before any word is split.</summary>
    private static bool MayNameRootAccount(string name) =>
        name.IndexOf("root", System.StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("account", System.StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("master", System.StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("main", System.StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("primary", System.StringComparison.OrdinalIgnoreCase) >= 0;
}
