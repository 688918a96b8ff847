using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RamSecurity.Analyzers.Configuration;
using RamSecurity.Analyzers.Sdk;
using RamSecurity.Analyzers.Secrets;

namespace RamSecurity.Analyzers.Credentials;

/// <summary>
/// RAM001-RAM003 in the project's configuration files (AdditionalFiles: appsettings*.json, *.config, .env, YAML, ini,
/// properties): a value that is an AccessKey ID, secret or STS token by its format and the key that names it,
/// reported at its exact line and column, masked as everywhere else.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationFileCredentialAnalyzer : DiagnosticAnalyzer
{
    // Past this, a file is data, not configuration: skipped without being read further.
    private const int MaximumLength = 1024 * 1024;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.HardcodedAccessKeyId,
        Descriptors.HardcodedAccessKeySecret,
        Descriptors.HardcodedSecurityToken);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var kind = ConfigurationFileKinds.Of(file.Path);
        if (kind == ConfigurationFileKind.None || file.GetText(context.CancellationToken) is not { } text || text.Length > MaximumLength)
        {
            return;
        }

        var content = text.ToString();
        if (!MayHoldCredentials(content))
        {
            return;
        }

        var reported = new HashSet<(TextSpan, CredentialKind)>();
        foreach (var entry in ConfigurationEntries.Read(kind, content))
        {
            foreach (var (credential, match) in StoredValueCredentials.Find(entry.Value, entry.Key))
            {
                var span = new TextSpan(entry.Span.Start + match.Start, match.Length);
                if (reported.Add((span, credential)))
                {
                    var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                    context.ReportDiagnostic(Diagnostic.Create(credential.Descriptor(), location, SecretMask.Apply(entry.Value.Substring(match.Start, match.Length)), credential.EnvironmentVariable()));
                }
            }
        }
    }

    /// <summary>Cheap tests before any parsing: binary content, and no word a credential or its key would bring.</summary>
    private static bool MayHoldCredentials(string content) =>
        content.IndexOf('\0') < 0
        && (content.IndexOf("LTAI", System.StringComparison.Ordinal) >= 0
            || content.IndexOf("CAIS", System.StringComparison.Ordinal) >= 0
            || CredentialNames.MayNameAccessKeySecret(content)
            || content.IndexOf("ccess", System.StringComparison.OrdinalIgnoreCase) >= 0
            || content.IndexOf("akid", System.StringComparison.OrdinalIgnoreCase) >= 0);
}
