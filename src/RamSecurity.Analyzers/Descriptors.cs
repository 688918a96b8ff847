using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers;

/// <summary>Every diagnostic descriptor of the package: titles, messages, severities and help links in one place.</summary>
public static class Descriptors
{
    private const string SecurityCategory = "Security";
    private const string ConfigurationCategory = "Configuration";

    // Message arguments: {0} is the masked value (a public format prefix at most, SecretMask), never the value itself;
    // {1} the environment variable the SDK that takes the value reads.
    public static readonly DiagnosticDescriptor HardcodedAccessKeyId = Create(
        RuleIds.HardcodedAccessKeyId,
        "Do not hardcode an Alibaba Cloud AccessKey ID",
        "AccessKey ID '{0}' is hardcoded; read it from the {1} environment variable or use STS credentials from a RAM role",
        "An AccessKey ID embedded in code leaks with the code: to every clone, build log and package. Read it at run time from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID) or, better, use temporary STS credentials from a RAM role.");

    public static readonly DiagnosticDescriptor HardcodedAccessKeySecret = Create(
        RuleIds.HardcodedAccessKeySecret,
        "Do not hardcode an Alibaba Cloud AccessKey secret",
        "AccessKey secret '{0}' is hardcoded; read it from the {1} environment variable or use STS credentials from a RAM role",
        "An AccessKey secret embedded in code gives whoever reads the code every permission of the key's owner. Read it at run time from the environment (ALIBABA_CLOUD_ACCESS_KEY_SECRET) or, better, use temporary STS credentials from a RAM role.");

    public static readonly DiagnosticDescriptor HardcodedSecurityToken = Create(
        RuleIds.HardcodedSecurityToken,
        "Do not hardcode an STS security token",
        "STS security token '{0}' is hardcoded; obtain it at run time ({1} or a RAM role credential provider)",
        "An STS security token is a live credential until it expires, and a hardcoded one stops working when it does. Obtain it at run time from the environment (ALIBABA_CLOUD_SECURITY_TOKEN) or from a RAM role credential provider.");

    // RAM003 for a bearer token (core BearerTokenCredential, a Config's BearerToken, an OAuth or CloudSSO access token):
    // the same rule, a message that says what the value is. {0} is the masked value, {1} the variable to read it from.
    public static readonly DiagnosticDescriptor HardcodedBearerToken = Create(
        RuleIds.HardcodedSecurityToken,
        "Do not hardcode an STS security token",
        "Bearer token '{0}' is hardcoded; obtain it at run time ({1} or a credential provider)",
        "A bearer token is a live credential until it expires: whoever holds it acts as its owner. Obtain it at run time from the environment or from a credential provider, never from the code.");

    // {0} is the name that says "root account" (an identifier or a configuration key, never a value), {1} the SDK member.
    public static readonly DiagnosticDescriptor RootAccountCredential = Create(
        RuleIds.RootAccountCredential,
        "Do not use the Alibaba Cloud account's own AccessKey",
        "{1} is given the AccessKey of the root account ('{0}'); use a RAM user's, or better temporary credentials from a RAM role (STS)",
        "The Alibaba Cloud account (root, main account) has every permission on every resource and cannot be restricted. Programs should use a RAM user with only the permissions they need, or better a RAM role through STS, whose credentials expire.");

    // {0} is the request's class, {1} the property that names the user (RAM's UserName, IMS's UserPrincipalName).
    public static readonly DiagnosticDescriptor RootAccountAccessKeyCreated = Create(
        RuleIds.RootAccountCredential,
        "Do not use the Alibaba Cloud account's own AccessKey",
        "{0} has no {1}, so it creates an AccessKey for the caller itself, the Alibaba Cloud account when run as root; name the RAM user the key is for",
        "CreateAccessKey without a user (RAM's UserName, IMS's UserPrincipalName) creates a key for whoever calls it. Run as the Alibaba Cloud account, that is a root AccessKey, which has every permission and cannot be restricted.");

    // {0} is the client or provider that gets the pair.
    public static readonly DiagnosticDescriptor LongLivedAccessKey = Create(
        RuleIds.LongLivedAccessKey,
        "Use a RAM role instead of a long-lived AccessKey pair",
        "{0} is given a long-lived AccessKey pair; use the default credential chain or assume a RAM role (STS), whose credentials expire",
        "An AccessKey pair stays valid until someone disables it, wherever it has leaked to. Temporary credentials from a RAM role (STS, ECS instance role, OIDC) expire on their own. Prefer the default credential chain, which finds a role where one is configured.",
        severity: DiagnosticSeverity.Info);

    // {0} says what the policy grants.
    public static readonly DiagnosticDescriptor LeastPrivilege = Create(
        RuleIds.LeastPrivilege,
        "Grant least privilege",
        "The policy grants {0}; grant only the actions and resources the job needs",
        "A policy that allows every action on every resource (Alibaba Cloud's definition of administrator permissions), or a system policy such as AdministratorAccess or AliyunRAMFullAccess, gives a leaked credential control of the whole account. Scope Action and Resource to what the job needs.");

    // {0} is the class created, {1} the member that sets the duration.
    public static readonly DiagnosticDescriptor SessionDurationNotSet = Create(
        RuleIds.SessionDurationNotSet,
        "Set the STS session duration explicitly",
        "{0} is created without a session duration, so the SDK uses 3600 seconds; set {1} to the shortest duration the job needs",
        "Temporary credentials should be valid only as long as the job needs them. Every SDK silently defaults to 3600 seconds (a role's maximum session duration to 3600 too) when the code says nothing: make the duration explicit and short.");

    // {0} is the duration in seconds, {1} says what is wrong with it.
    public static readonly DiagnosticDescriptor SessionDurationTooLong = Create(
        RuleIds.SessionDurationTooLong,
        "Keep the session duration within policy and within what STS accepts",
        "Session duration of {0} seconds {1}",
        "A session duration above the team's maximum (ram_security.max_session_duration, default 3600 seconds) keeps leaked temporary credentials usable for longer than policy allows; one outside what STS or the SDK accepts fails at run time.");

    // {0} is the option key, {1} its value, {2} the default used instead, {3} a C# file the value applies to: the
    // diagnostic cannot point into .editorconfig, so the file says which section to look in.
    public static readonly DiagnosticDescriptor InvalidSessionDurationOption = Create(
        RuleIds.InvalidSessionDurationOption,
        "Invalid RamSecurity session-duration option",
        "The value '{1}' of {0}, as configured for {3}, is not a whole number of seconds from 900 to 43200; the default {2} is used instead",
        "ram_security.max_session_duration and ram_security.fix_session_duration take a whole number of seconds from 900 to 43200. An invalid value is not silently ignored: the rules use the default and this diagnostic says so.",
        ConfigurationCategory,
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });

    // {0} is the statement's principal as the document writes it, {1} why it is too broad.
    public static readonly DiagnosticDescriptor TrustPolicyTooBroad = Create(
        RuleIds.TrustPolicyTooBroad,
        "Trust only the entities that must assume the role",
        "The trust policy trusts {0}: {1}; name the one account, RAM user or role, service, or OIDC subject that needs the role",
        "A role's trust policy decides who can obtain its permissions. A wildcard principal, an ARN whose account is a wildcard, or an OIDC identity provider without an oidc:sub condition lets far more identities assume the role than the one that needs it.");

    // {0} is the request's class.
    public static readonly DiagnosticDescriptor TrustedEntityChanged = Create(
        RuleIds.TrustedEntityChanged,
        "Do not change a role's trusted entity in a routine code path",
        "{0} sets NewAssumeRolePolicyDocument, which changes who may assume the role; make trust-policy changes reviewed and tested, not part of routine code",
        "Changing the trusted entity of an existing role can cut off the workloads that assume it, and adding an entity can escalate privileges. Alibaba Cloud advises to define the trusted entity carefully when the role is created and to change it rarely, after testing.",
        severity: DiagnosticSeverity.Info);

    // {0} is the request's class.
    public static readonly DiagnosticDescriptor ConsoleLoginWithoutMfa = Create(
        RuleIds.ConsoleLoginWithoutMfa,
        "Require MFA for RAM users with console access",
        "{0} gives a RAM user a console password without MFA; set MFABindRequired to true",
        "A console password alone can be phished, guessed or reused from another breach. With MFA required, a stolen password is not enough to log on to the console as the RAM user.");

    // {0} is the request's class.
    public static readonly DiagnosticDescriptor ConsoleLoginMfaTurnedOff = Create(
        RuleIds.ConsoleLoginWithoutMfa,
        "Require MFA for RAM users with console access",
        "{0} turns MFA off for a RAM user's console logon; set MFABindRequired to true",
        "A console password alone can be phished, guessed or reused from another breach. With MFA required, a stolen password is not enough to log on to the console as the RAM user.");

    // {0} names the user (its constant name, or the expression that holds it), {1} the other request's class, {2} its line.
    public static readonly DiagnosticDescriptor SharedIdentity = Create(
        RuleIds.SharedIdentity,
        "Give people and programs separate RAM users",
        "The RAM user {0} gets an AccessKey here and a console password ({1}, line {2}); give the person and the program separate RAM users",
        "A RAM user that is both a person's console logon and a program's AccessKey mixes two kinds of use: an unintended operation is hard to trace, and a leak of either credential affects both the console sessions and the production API traffic.");

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string description,
        string category = SecurityCategory,
        DiagnosticSeverity severity = DiagnosticSeverity.Warning,
        params string[] customTags) =>
        new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: RuleIds.HelpLink(id),
            customTags: customTags);
}
