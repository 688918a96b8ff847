using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers;

/// <summary>Every diagnostic descriptor of the package: titles, messages, severities and help links in one place.</summary>
public static class Descriptors
{
    private const string SecurityCategory = "Security";

    // Message arguments: {0} is the masked value (at most four characters and a mask), never the value itself.
    public static readonly DiagnosticDescriptor HardcodedAccessKeyId = Create(
        RuleIds.HardcodedAccessKeyId,
        "Do not hardcode an Alibaba Cloud AccessKey ID",
        "AccessKey ID '{0}' is hardcoded; read it from the ALIBABA_CLOUD_ACCESS_KEY_ID environment variable or use STS credentials from a RAM role",
        "An AccessKey ID embedded in code leaks with the code: to every clone, build log and package. Read it at run time from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID) or, better, use temporary STS credentials from a RAM role.");

    public static readonly DiagnosticDescriptor HardcodedAccessKeySecret = Create(
        RuleIds.HardcodedAccessKeySecret,
        "Do not hardcode an Alibaba Cloud AccessKey secret",
        "AccessKey secret '{0}' is hardcoded; read it from the ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variable or use STS credentials from a RAM role",
        "An AccessKey secret embedded in code gives whoever reads the code every permission of the key's owner. Read it at run time from the environment (ALIBABA_CLOUD_ACCESS_KEY_SECRET) or, better, use temporary STS credentials from a RAM role.");

    public static readonly DiagnosticDescriptor HardcodedSecurityToken = Create(
        RuleIds.HardcodedSecurityToken,
        "Do not hardcode an STS security token",
        "STS security token '{0}' is hardcoded; obtain it at run time (ALIBABA_CLOUD_SECURITY_TOKEN or a RAM role credential provider)",
        "An STS security token is a live credential until it expires, and a hardcoded one stops working when it does. Obtain it at run time from the environment (ALIBABA_CLOUD_SECURITY_TOKEN) or from a RAM role credential provider.");

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string description) =>
        new(
            id,
            title,
            messageFormat,
            SecurityCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: RuleIds.HelpLink(id));
}
