using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// The SDK tables resolved against one compilation, once, for every analyzer of the package: each rule asks here
/// instead of resolving the tables itself. Kept weakly by compilation, so a finished compilation is released with its
/// symbols (as roslyn-analyzers' WellKnownTypeProvider does).
/// </summary>
internal sealed class SdkModel
{
    private static readonly ConditionalWeakTable<Compilation, SdkModel> ByCompilation = new();
    private static readonly ConditionalWeakTable<Compilation, SdkModel>.CreateValueCallback Create = compilation => new SdkModel(compilation);

    private static int s_created;

    private readonly Lazy<SdkCredentialSinks?> _credentialSinks;
    private readonly Lazy<SessionDurationSinks?> _durationSinks;

    private SdkModel(Compilation compilation)
    {
        Interlocked.Increment(ref s_created);
        _credentialSinks = new Lazy<SdkCredentialSinks?>(() => SdkCredentialSinks.Create(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        _durationSinks = new Lazy<SessionDurationSinks?>(() => SessionDurationSinks.Create(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How many models were built in this process: a test's proof that a compilation resolves its tables once.</summary>
    internal static int CreatedCount => Volatile.Read(ref s_created);

    /// <summary><see cref="SdkCredentialTable"/> resolved; null when the compilation references none of its types.</summary>
    public SdkCredentialSinks? CredentialSinks => _credentialSinks.Value;

    /// <summary><see cref="SessionDurationTable"/> resolved; null when the compilation references none of its types.</summary>
    public SessionDurationSinks? DurationSinks => _durationSinks.Value;

    public static SdkModel For(Compilation compilation) => ByCompilation.GetValue(compilation, Create);
}
