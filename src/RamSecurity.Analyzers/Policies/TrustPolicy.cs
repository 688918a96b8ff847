using System.Collections.Generic;
using System.Linq;

namespace RamSecurity.Analyzers.Policies;

/// <summary>
/// A role trust policy that trusts too broadly (RAM010), judged statement by statement: an Allow statement whose Action
/// covers sts:AssumeRole and whose Principal is a wildcard ("*" itself, "*" as a RAM, Service or Federated entry, an
/// ARN whose account is a wildcard), or an OIDC identity provider with no Condition that restricts oidc:sub. Element
/// names and values are case-sensitive, as RAM reads them; condition keys are not.
/// </summary>
internal sealed class TrustPolicy
{
    private const string AssumeRole = "sts:AssumeRole";
    private const string OidcSubject = "oidc:sub";

    private TrustPolicy(string principal, string reason)
    {
        Principal = principal;
        Reason = reason;
    }

    /// <summary>The statement's principal as the document writes it: <c>"Principal": "*"</c>, <c>RAM "acs:ram::*:root"</c>.</summary>
    public string Principal { get; }

    /// <summary>Why that principal is too broad.</summary>
    public string Reason { get; }

    /// <summary>The first statement's principal that is too broad, or null when every principal is specific or the text is not a policy.</summary>
    public static TrustPolicy? FindTooBroad(string document)
    {
        if (document.IndexOf('*') < 0 && document.IndexOf("oidc-provider", System.StringComparison.Ordinal) < 0)
        {
            return null;
        }

        foreach (var statement in PolicyValues.Statements(document))
        {
            if (!PolicyValues.Allows(statement)
                || !PolicyValues.Strings(statement, "Action").Any(action => PolicyValues.Matches(action, AssumeRole))
                || !statement.TryGetValue("Principal", out var principal))
            {
                continue;
            }

            if (principal as string == "*")
            {
                return new("\"Principal\": \"*\"", "every RAM user and role of every Alibaba Cloud account, every service and every identity provider can assume the role");
            }

            if (principal is not Dictionary<string, object?> kinds)
            {
                continue;
            }

            foreach (var kind in kinds)
            {
                foreach (var entry in PolicyValues.Strings(kind.Value))
                {
                    if (WhyTooBroad(kind.Key, entry, statement) is { } reason)
                    {
                        return new($"{kind.Key} \"{entry}\"", reason);
                    }
                }
            }
        }

        return null;
    }

    private static string? WhyTooBroad(string kind, string entry, Dictionary<string, object?> statement)
    {
        if (entry == "*")
        {
            return kind switch
            {
                "RAM" => "every Alibaba Cloud account, and every RAM user and role in it, can assume the role",
                "Service" => "every Alibaba Cloud service can assume the role",
                "Federated" => "every identity provider, and every identity it issues, can assume the role",
                _ => null,
            };
        }

        if (kind is not ("RAM" or "Federated"))
        {
            return null;
        }

        // acs:ram::<account>:root | user/<name> | role/<name> | saml-provider/<name> | oidc-provider/<name>
        var parts = entry.Split(':');
        if (parts.Length >= 5 && parts[0] == "acs" && parts[3] == "*")
        {
            return $"the account '{parts[3]}' matches every Alibaba Cloud account, so their users, roles or identity providers can assume the role";
        }

        return kind == "Federated" && entry.IndexOf(":oidc-provider/", System.StringComparison.Ordinal) >= 0 && !RestrictsOidcSubject(statement)
            ? "no Condition restricts oidc:sub, so every identity the provider issues (every workload of the cluster, every repository of the CI provider) can assume the role"
            : null;
    }

    /// <summary>A Condition that allows only some subjects: a positive operator (not StringNotEquals, not Null) on oidc:sub with a value that is not just a wildcard.</summary>
    private static bool RestrictsOidcSubject(Dictionary<string, object?> statement)
    {
        if (!statement.TryGetValue("Condition", out var condition) || condition is not Dictionary<string, object?> operators)
        {
            return false;
        }

        foreach (var op in operators)
        {
            if (op.Value is not Dictionary<string, object?> keys
                || op.Key.IndexOf("Not", System.StringComparison.OrdinalIgnoreCase) >= 0
                || op.Key.EndsWith("Null", System.StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var key in keys)
            {
                if (string.Equals(key.Key, OidcSubject, System.StringComparison.OrdinalIgnoreCase)
                    && PolicyValues.Strings(key.Value).Any(value => value.Trim('*', ' ').Length > 0))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
