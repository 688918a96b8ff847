namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// Whether two names make an AccessKey pair: an ID name and a secret name with the same stem once the ID and secret
/// words are taken off ("AccessKeyId"/"AccessKeySecret", "AliyunAk"/"AliyunSk", "OssKeyId"/"OssKeySecret", "id"/"key").
/// "AliyunAccessKeyId" and "GitHubClientSecret" do not: the stems differ, so the two values do not travel together.
/// </summary>
internal static class AccessKeyPairNames
{
    // Word sequences that end a name of an AccessKey ID or secret, longest first.
    private static readonly string[][] IdEnds =
    {
        new[] { "access", "key", "id" }, new[] { "access", "id" }, new[] { "key", "id" },
        new[] { "accesskeyid" }, new[] { "keyid" }, new[] { "accessid" }, new[] { "akid" }, new[] { "ak" }, new[] { "id" },
    };

    private static readonly string[][] SecretEnds =
    {
        new[] { "access", "key", "secret" }, new[] { "access", "secret" }, new[] { "key", "secret" }, new[] { "secret", "key" },
        new[] { "accesskeysecret" }, new[] { "keysecret" }, new[] { "accesssecret" }, new[] { "aksecret" }, new[] { "secretkey" },
        new[] { "secret" }, new[] { "sk" }, new[] { "key" },
    };

    public static bool MakePair(string? idName, string? secretName)
    {
        if (idName is null || secretName is null)
        {
            return false;
        }

        var idWords = CredentialNames.SplitWords(idName);
        var secretWords = CredentialNames.SplitWords(secretName);
        var idStem = Stem(idWords, IdEnds);
        var secretStem = Stem(secretWords, SecretEnds);
        if (idStem < 0 || secretStem < 0 || idStem != secretStem)
        {
            return false;
        }

        for (var i = 0; i < idStem; i++)
        {
            if (idWords[i] != secretWords[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of words before the name's ID or secret ending; -1 when it has none.</summary>
    private static int Stem(System.Collections.Generic.List<string> words, string[][] ends)
    {
        foreach (var end in ends)
        {
            if (words.Count < end.Length)
            {
                continue;
            }

            var start = words.Count - end.Length;
            var matches = true;
            for (var i = 0; i < end.Length && matches; i++)
            {
                matches = words[start + i] == end[i];
            }

            if (matches)
            {
                return start;
            }
        }

        return -1;
    }
}
