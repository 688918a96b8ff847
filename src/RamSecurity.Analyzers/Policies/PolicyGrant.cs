using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Policies;

/// <summary>
/// What a permission policy document grants too broadly (RAM008): an Allow statement whose Action is "*" on Resource
/// "*" (Alibaba Cloud's definition of administrator permissions), every RAM action on every resource (full control of
/// identities, which amounts to it), NotAction on every resource (every action but a few), or, worth a lower-severity
/// word, every action of one service on every resource (ecs:* on "*", or "*" on "acs:ecs:*:*:*").
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
        if (document.IndexOf('*') < 0)
        {
            return null;
        }

        PolicyGrant? broadest = null;
        foreach (var statement in PolicyValues.Statements(document).Where(PolicyValues.Allows))
        {
            var resources = PolicyValues.Strings(statement, "Resource").ToList();
            foreach (var grant in resources.Any(IsEveryResource) && NotAction(statement) is { } allBut
                ? new[] { allBut }
                : PolicyValues.Strings(statement, "Action").SelectMany(action => resources.Select(resource => Of(action, resource))))
            {
                if (grant is not null && (broadest is null || grant.Severity > broadest.Severity))
                {
                    broadest = grant;
                }
            }
        }

        return broadest;
    }

    public static PolicyGrant SystemPolicy(string name, string grants) => new($"{grants} (the system policy {name})", DiagnosticSeverity.Warning);

    /// <summary>
    /// NotAction in an Allow statement on every resource grants every action of every service but the ones listed:
    /// near administrator permissions, however long the list (PowerUserAccess is built this way).
    /// </summary>
    private static PolicyGrant? NotAction(Dictionary<string, object?> statement)
    {
        var excluded = PolicyValues.Strings(statement, "NotAction").ToList();
        if (!statement.ContainsKey("NotAction") || excluded.Contains("*"))
        {
            return null;
        }

        var listed = excluded.Count == 0 ? "nothing" : string.Join(", ", excluded.Select(action => $"\"{action}\""));
        return new($"every action of every service except {listed} (NotAction) on Resource \"*\"", DiagnosticSeverity.Warning);
    }

    private static PolicyGrant? Of(string action, string resource)
    {
        var everyResource = IsEveryResource(resource);
        var resourceService = everyResource ? null : WholeServiceOf(resource);
        if (!everyResource && resourceService is null)
        {
            return null;
        }

        if (action is "*" or "*:*")
        {
            // Every action on one service's every resource is that whole service.
            return everyResource
                ? new("administrator permissions: Action \"*\" on Resource \"*\"", DiagnosticSeverity.Warning)
                : Service(resourceService!, $"Action \"{action}\" on Resource \"{resource}\"");
        }

        var colon = action.IndexOf(':');
        if (colon <= 0 || action.Substring(colon + 1) != "*")
        {
            return null;
        }

        var service = action.Substring(0, colon);
        if (everyResource)
        {
            return service == "ram"
                ? new("every RAM action (\"ram:*\") on Resource \"*\": control of users, AccessKeys, roles and policies, which amounts to administrator permissions", DiagnosticSeverity.Warning)
                : new($"every action of the service '{service}' (\"{action}\") on Resource \"*\"", DiagnosticSeverity.Info);
        }

        return service == resourceService ? Service(service, $"\"{action}\" on Resource \"{resource}\"") : null;
    }

    /// <summary>Every action of one service on all of its resources: RAM's amounts to administrator permissions.</summary>
    private static PolicyGrant Service(string service, string how) => service == "ram"
        ? new($"every RAM action ({how}): control of users, AccessKeys, roles and policies, which amounts to administrator permissions", DiagnosticSeverity.Warning)
        : new($"every action of the service '{service}' ({how})", DiagnosticSeverity.Info);

    /// <summary>The service of an ARN that names all of its resources, in any region and account ("acs:oss:*:*:*"), else null.</summary>
    private static string? WholeServiceOf(string resource)
    {
        var parts = resource.Split(':');
        return parts.Length == 5 && parts[0] == "acs" && parts[4] == "*" && parts[1].Length > 0 && parts[1].IndexOfAny(new[] { '*', '?' }) < 0 ? parts[1] : null;
    }

    /// <summary>"*", or an ARN that is a wildcard in every part ("acs:*:*:*:*").</summary>
    private static bool IsEveryResource(string resource)
    {
        var parts = resource.Split(':');
        return resource == "*" || (parts.Length > 1 && parts[0] == "acs" && parts.Skip(1).All(part => part == "*"));
    }
}
