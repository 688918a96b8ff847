namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// An AccessKey secret inside a larger value (a connection string, a command line, a JSON fragment): it counts when
/// an AccessKey ID stands in the same value ("LTAI...:secret") or a key that names a secret stands right before it
/// ("AccessKeySecret=...", "--access-key-secret ...").
/// </summary>
internal static class EmbeddedSecrets
{
    public static bool TryFind(string value, bool hasId, CredentialMatch id, out CredentialMatch secret)
    {
        secret = default;

        // Every key that names a secret contains "secret": without it and without an ID, no run needs to be looked at.
        if (!hasId && !CredentialNames.MayNameAccessKeySecret(value))
        {
            return false;
        }

        for (var from = 0; AccessKeySecretFormat.TryFind(value, from, id, out var found); from = found.End)
        {
            if (hasId || CredentialNames.NamesAccessKeySecret(KeyBefore(value, found.Start)))
            {
                secret = found;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The key written before a value inside a string: "AccessKeySecret=v", "accessKeySecret: v", "\"AccessKeySecret\": \"v\"",
    /// "--access-key-secret v". Null when there is none.
    /// </summary>
    private static string? KeyBefore(string text, int valueStart)
    {
        var i = valueStart - 1;
        var sawSpace = false;
        while (i >= 0 && (text[i] == ' ' || text[i] == '"' || text[i] == '\''))
        {
            sawSpace |= text[i] == ' ';
            i--;
        }

        var separated = i >= 0 && (text[i] == '=' || text[i] == ':');
        if (separated)
        {
            i--;
            while (i >= 0 && (text[i] == ' ' || text[i] == '"' || text[i] == '\''))
            {
                i--;
            }
        }
        else if (!sawSpace)
        {
            return null;
        }

        var end = i + 1;
        while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '-' || text[i] == '.'))
        {
            i--;
        }

        var key = text.Substring(i + 1, end - i - 1);

        // Without '=' or ':' only a command-line option ("--access-key-secret v") names the value.
        return separated || key.StartsWith("-", System.StringComparison.Ordinal) ? key : null;
    }
}
