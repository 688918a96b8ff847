using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Policies;

/// <summary>
/// What a permission policy document grants too broadly (RAM008): an Allow statement whose Action is "*" on Resource
/// "*" (Alibaba Cloud's definition of administrator permissions), every RAM action on every resource (full control of
/// identities, which amounts to it), or, worth a lower-severity word, every action of one service on every resource.
/// Element names and values are case-sensitive, as RAM reads them; Action and Resource take a string or an array.
/// </summary>
internal sealed class PolicyGrant
{
    private PolicyGrant(string description, DiagnosticSeverity severity)
    {
        Description = description;
        Severity = severity;
    }

    /// <summary>Fills "The policy grants {0}".</summary>
    public string Description { get; }

    public DiagnosticSeverity Severity { get; }

    /// <summary>The broadest grant of the document, or null when it grants nothing too broad or is not a policy at all.</summary>
    public static PolicyGrant? Judge(string document)
    {
        if (document.IndexOf('*') < 0 || JsonReader.Parse(document) is not Dictionary<string, object?> policy || !policy.TryGetValue("Statement", out var statements))
        {
            return null;
        }

        PolicyGrant? broadest = null;
        foreach (var statement in Items(statements).OfType<Dictionary<string, object?>>())
        {
            if (!statement.TryGetValue("Effect", out var effect) || effect as string != "Allow"
                || !statement.TryGetValue("Action", out var action) || !statement.TryGetValue("Resource", out var resource)
                || !Strings(resource).Any(IsEveryResource))
            {
                continue;
            }

            foreach (var granted in Strings(action))
            {
                var grant = Of(granted);
                if (grant is not null && (broadest is null || grant.Severity > broadest.Severity))
                {
                    broadest = grant;
                }
            }
        }

        return broadest;
    }

    public static PolicyGrant SystemPolicy(string name, string grants) => new($"{grants} (the system policy {name})", DiagnosticSeverity.Warning);

    private static PolicyGrant? Of(string action)
    {
        if (action is "*" or "*:*")
        {
            return new("administrator permissions: Action \"*\" on Resource \"*\"", DiagnosticSeverity.Warning);
        }

        var colon = action.IndexOf(':');
        if (colon <= 0 || action.Substring(colon + 1) != "*")
        {
            return null;
        }

        var service = action.Substring(0, colon);
        return service == "ram"
            ? new("every RAM action (\"ram:*\") on Resource \"*\": control of users, AccessKeys, roles and policies, which amounts to administrator permissions", DiagnosticSeverity.Warning)
            : new($"every action of the service '{service}' (\"{action}\") on Resource \"*\"", DiagnosticSeverity.Info);
    }

    /// <summary>"*", or an ARN that is a wildcard in every part ("acs:*:*:*:*").</summary>
    private static bool IsEveryResource(string resource)
    {
        var parts = resource.Split(':');
        return resource == "*" || (parts.Length > 1 && parts[0] == "acs" && parts.Skip(1).All(part => part == "*"));
    }

    private static IEnumerable<object?> Items(object? value) => value is List<object?> list ? list : new[] { value };

    private static IEnumerable<string> Strings(object? value) => Items(value).OfType<string>();
}
