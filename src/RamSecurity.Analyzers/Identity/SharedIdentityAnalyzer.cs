using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Identity;

/// <summary>
/// RAM013: one RAM user given both a console login profile and an AccessKey in one type (and so in one method): the
/// two requests name the same user, by the same constant or the same local, parameter, field or property. Reported on
/// the CreateAccessKeyRequest, with the login profile's line in the message and as an additional location.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SharedIdentityAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SharedIdentity);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start => start.RegisterForTypesNaming(
            IdentityTable.SharedIdentityMentionedNames,
            compilation => (LoginProfiles: SdkTypeSet.Create(compilation, IdentityTable.CreateLoginProfileRequests), AccessKeys: SdkTypeSet.Create(compilation, IdentityTable.CreateAccessKeyRequests)),
            sdk => !sdk.LoginProfiles.IsEmpty && !sdk.AccessKeys.IsEmpty,
            (type, sdk) =>
            {
                // The requests of this type's own members (a nested type has its own symbol start), judged when all are seen.
                var requests = new Requests();
                type.RegisterOperationAction(
                    c =>
                    {
                        if (SymbolEqualityComparer.Default.Equals(c.ContainingSymbol.ContainingType, type.Symbol))
                        {
                            requests.Add(c, sdk.LoginProfiles, sdk.AccessKeys);
                        }
                    },
                    OperationKind.ObjectCreation);
                type.RegisterSymbolEndAction(requests.Report);
            }));
    }

    private sealed class Requests
    {
        private readonly object _gate = new();
        private readonly List<(IObjectCreationOperation Creation, UserReference User)> _loginProfiles = new();
        private readonly List<(IObjectCreationOperation Creation, UserReference User)> _accessKeys = new();

        public void Add(OperationAnalysisContext context, SdkTypeSet loginProfiles, SdkTypeSet accessKeys)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var target = loginProfiles.Contains(creation.Type) ? _loginProfiles : accessKeys.Contains(creation.Type) ? _accessKeys : null;
            if (target is null)
            {
                return;
            }

            IOperation? user = null;
            ObjectUse.Follow(
                creation,
                (member, value) => user = IdentityTable.UserProperties.Contains(member.Name) ? value : user,
                _ => { },
                context.CancellationToken);
            if (UserReference.Of(user) is { } reference)
            {
                // Operation callbacks of one type may run at once (concurrent execution).
                lock (_gate)
                {
                    target.Add((creation, reference));
                }
            }
        }

        public void Report(SymbolAnalysisContext context)
        {
            foreach (var (accessKey, user) in _accessKeys)
            {
                var loginProfile = First(user);
                if (loginProfile is null)
                {
                    continue;
                }

                var location = SdkCallLocation.Of(loginProfile.Syntax);
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SharedIdentity,
                    SdkCallLocation.Of(accessKey.Syntax),
                    new[] { location },
                    user.Text,
                    loginProfile.Type!.Name,
                    (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture)));
            }
        }

        /// <summary>The login profile for the same user that comes first in the source, so the message does not depend on analysis order.</summary>
        private IObjectCreationOperation? First(UserReference user)
        {
            IObjectCreationOperation? first = null;
            foreach (var (creation, other) in _loginProfiles)
            {
                if (other.Equals(user) && (first is null || Before(creation.Syntax, first.Syntax)))
                {
                    first = creation;
                }
            }

            return first;
        }

        private static bool Before(SyntaxNode node, SyntaxNode other)
        {
            var files = string.CompareOrdinal(node.SyntaxTree.FilePath, other.SyntaxTree.FilePath);
            return files < 0 || (files == 0 && node.SpanStart < other.SpanStart);
        }
    }
}
