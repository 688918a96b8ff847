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

    // Words next to "root" that give it another meaning.
    private static readonly string[] OtherRootsBefore = { "content", "web", "app", "project", "solution", "site", "document", "tree", "file", "source", "repo", "repository", "data", "doc" };
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

            if (System.Array.IndexOf(AccountQualifiers, word) >= 0 && next == "account")
            {
                return true;
            }

            if (word == "root"
                && (i == 0 || System.Array.IndexOf(OtherRootsBefore, words[i - 1]) < 0)
                && (next is null || System.Array.IndexOf(OtherRootsAfter, next) < 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cheap necessary condition before any word is split.</summary>
    private static bool MayNameRootAccount(string name) =>
        name.IndexOf("root", System.StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("account", System.StringComparison.OrdinalIgnoreCase) >= 0;
}
