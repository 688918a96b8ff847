namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// Whether a name (identifier, dictionary or configuration key, connection-string key, environment variable)
/// names an AccessKey secret: "AccessKeySecret", "access_key_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
/// "Aliyun:AccessSecret", "akSecret", "SecretKey", "secret". Secrets of other kinds ("ClientSecret",
/// "JwtSecret", "WebhookSecret") are not AccessKey secrets.
/// </summary>
internal static class CredentialNames
{
    private static readonly string[] OtherSecretQualifiers = { "client", "app", "jwt", "webhook", "signing", "shared", "session", "cookie", "hmac", "api", "oauth", "db", "database" };
    private static readonly string[] AccessKeyQualifiers = { "access", "key", "ak", "aliyun", "alibaba", "alicloud", "acs", "oss", "ram", "accesskey" };

    /// <summary>A cheap necessary condition: every name of a secret contains "secret", in any case.</summary>
    public static bool MayNameAccessKeySecret(string text) => text.IndexOf("ecret", System.StringComparison.OrdinalIgnoreCase) >= 0;

    public static bool NamesAccessKeySecret(string? name)
    {
        if (name is null || name.Length < 6 || !MayNameAccessKeySecret(name))
        {
            return false;
        }

        var words = SplitWords(name);
        var hasSecret = false;
        var hasAccessKeyQualifier = false;
        foreach (var word in words)
        {
            if (word == "secret")
            {
                hasSecret = true;
            }
            else if (word.IndexOf("secret", System.StringComparison.Ordinal) >= 0)
            {
                // One-word spellings: "accesskeysecret", "aksecret", "secretkey".
                var rest = word.Replace("secret", string.Empty);
                if (rest.Length == 0 || IsAccessKeyWord(rest))
                {
                    hasSecret = true;
                    hasAccessKeyQualifier |= rest.Length > 0;
                }
            }
            else if (System.Array.IndexOf(OtherSecretQualifiers, word) >= 0)
            {
                return false;
            }
            else if (IsAccessKeyWord(word))
            {
                hasAccessKeyQualifier = true;
            }
        }

        // A bare "secret" (core's DefaultProfile.GetProfile names its parameter so) counts; "secret" beside
        // an unrelated word ("secretName", "secretArn") does not.
        return hasSecret && (hasAccessKeyQualifier || words.Count == 1);
    }

    private static bool IsAccessKeyWord(string word) =>
        System.Array.IndexOf(AccessKeyQualifiers, word) >= 0 || word.StartsWith("accesskey", System.StringComparison.Ordinal);

    /// <summary>Lower-case words of a name: camelCase, PascalCase, snake_case, kebab-case, dotted and colon paths.</summary>
    internal static System.Collections.Generic.List<string> SplitWords(string name)
    {
        var words = new System.Collections.Generic.List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            // A word starts at an upper-case letter that follows a lower-case one, or that precedes one after a run of capitals ("OSSSecret").
            if (char.IsUpper(c) && current.Length > 0
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
