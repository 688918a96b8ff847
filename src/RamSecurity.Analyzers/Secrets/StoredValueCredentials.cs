using System.Collections.Generic;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// The credentials in a value stored under a key, as in a configuration file: judged by their format and by the key
/// that names them. Placeholders (<c>""</c>, <c>&lt;your-key&gt;</c>, <c>${ALIBABA_CLOUD_ACCESS_KEY_ID}</c>, <c>%VAR%</c>,
/// <c>***</c>, <c>xxxx</c>) are not keys.
/// </summary>
internal static class StoredValueCredentials
{
    private const int LegacyIdMinimum = 16;
    private const int LegacyIdMaximum = 30;

    public static IEnumerable<(CredentialKind Kind, CredentialMatch Match)> Find(string value, string? key)
    {
        if (value.Length < LegacyIdMinimum || IsPlaceholder(value))
        {
            yield break;
        }

        var hasId = AccessKeyIdFormat.TryFind(value, out var id);
        if (hasId)
        {
            yield return (CredentialKind.AccessKeyId, id);
        }
        else if (NamesAccessKeyId(key) && IsLegacyAccessKeyId(value.Trim()))
        {
            // An ID of the older format has no prefix: only the key that names it tells it from any other word.
            yield return (CredentialKind.AccessKeyId, new CredentialMatch(value.IndexOf(value.Trim(), System.StringComparison.Ordinal), value.Trim().Length));
        }

        if (value.Length >= SecurityTokenFormat.MinimumLength && SecurityTokenFormat.TryFind(value, out var token))
        {
            yield return (CredentialKind.SecurityToken, token);
        }

        if (AccessKeySecretFormat.IsSecretValue(value))
        {
            if (!hasId && (CredentialNames.NamesAccessKeySecret(key) || CredentialNames.NamesAccessKeySecret(LastSegment(key))))
            {
                var trimmed = value.Trim();
                yield return (CredentialKind.AccessKeySecret, new CredentialMatch(value.IndexOf(trimmed, System.StringComparison.Ordinal), trimmed.Length));
            }
        }
        else if (EmbeddedSecrets.TryFind(value, hasId, id, out var secret))
        {
            yield return (CredentialKind.AccessKeySecret, secret);
        }
    }

    /// <summary>"AccessKeyId", "ALIBABA_CLOUD_ACCESS_KEY_ID", "access-key-id", "akId", "Aliyun:AccessKeyId".</summary>
    public static bool NamesAccessKeyId(string? key)
    {
        if (key is null)
        {
            return false;
        }

        var compact = new System.Text.StringBuilder(key.Length);
        foreach (var c in LastSegment(key)!)
        {
            if (char.IsLetterOrDigit(c))
            {
                compact.Append(char.ToLowerInvariant(c));
            }
        }

        var name = compact.ToString();
        return name.EndsWith("accesskeyid", System.StringComparison.Ordinal) || name is "akid" or "aliyunakid" or "accessid";
    }

    private static bool IsLegacyAccessKeyId(string value)
    {
        if (value.Length < LegacyIdMinimum || value.Length > LegacyIdMaximum)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!CharClass.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return CharClass.HasDistinctCharacters(value, 0, value.Length, 8);
    }

    private static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0
            || trimmed[0] is '<' or '%'
            || trimmed.StartsWith("${", System.StringComparison.Ordinal)
            || trimmed.StartsWith("{{", System.StringComparison.Ordinal)
            || trimmed.Trim('*').Length == 0
            || trimmed.IndexOf("xxxx", System.StringComparison.OrdinalIgnoreCase) >= 0
            || trimmed.IndexOf("your", System.StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>"Alibaba:Credentials:AccessKeySecret" -> "AccessKeySecret": the key's own name, without its sections.</summary>
    private static string? LastSegment(string? key)
    {
        if (key is null)
        {
            return null;
        }

        var separator = key.LastIndexOfAny(new[] { ':', '.', '/' });
        return separator < 0 ? key : key.Substring(separator + 1);
    }
}
