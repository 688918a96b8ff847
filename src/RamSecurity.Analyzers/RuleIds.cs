namespace RamSecurity.Analyzers;

/// <summary>The rule ids, named after what each rule finds. No other file spells an id.</summary>
public static class RuleIds
{
    public const string HardcodedAccessKeyId = "RAM001";
    public const string HardcodedAccessKeySecret = "RAM002";
    public const string HardcodedSecurityToken = "RAM003";
    public const string RootAccountCredential = "RAM004";
    public const string LongLivedAccessKey = "RAM005";
    public const string SessionDurationNotSet = "RAM006";
    public const string SessionDurationTooLong = "RAM007";
    public const string LeastPrivilege = "RAM008";
    public const string InvalidSessionDurationOption = "RAM009";
    public const string TrustPolicyTooBroad = "RAM010";
    public const string TrustedEntityChanged = "RAM011";
    public const string ConsoleLoginWithoutMfa = "RAM012";
    public const string SharedIdentity = "RAM013";

    private const string DocumentationRoot = "https://github.com/RamSecurity/RamSecurity.Analyzers/blob/main/docs/rules/";

    public static string HelpLink(string id) => DocumentationRoot + id + ".md";
}
