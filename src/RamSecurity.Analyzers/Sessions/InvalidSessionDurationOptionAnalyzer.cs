using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Sessions;

/// <summary>
/// RAM009: a ram_security session-duration option whose value is not a whole number of seconds from 900 to 43200
/// (an empty value included). The message names the first C# file the value applies to.
/// The rules fall back to the default for it; this says so once per option and value, for the whole compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidSessionDurationOptionAnalyzer : DiagnosticAnalyzer
{
    private static readonly (string Key, long Default)[] Options =
    {
        (SessionDurationPolicy.MaxOptionKey, SessionDurationPolicy.DefaultMax),
        (SessionDurationPolicy.FixOptionKey, SessionDurationPolicy.DefaultFix),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidSessionDurationOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

        // The options only matter where an SDK duration can be judged.
        context.RegisterCompilationAction(ReportInvalidOptions);
    }

    private static void ReportInvalidOptions(CompilationAnalysisContext context)
    {
        if (SdkModel.For(context.Compilation).DurationSinks is null)
        {
            return;
        }

        var reported = new HashSet<(string, string)>();
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            foreach (var (key, defaultSeconds) in Options)
            {
                if (SessionDurationPolicy.Read(options, key, out _) == OptionState.Invalid
                    && options.TryGetValue(key, out var value)
                    && reported.Add((key, value)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InvalidSessionDurationOption,
                        Location.None,
                        key,
                        value,
                        defaultSeconds.ToString(CultureInfo.InvariantCulture),
                        tree.FilePath));
                }
            }
        }
    }
}
