using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RamSecurity.Analyzers.Sessions;

/// <summary>
/// A team's session-duration policy, read per file from .editorconfig or a global config:
/// <c>ram_security.max_session_duration</c> (RAM007's ceiling, default 3600) and
/// <c>ram_security.fix_session_duration</c> (what RAM006's fix writes, default 900, never above the maximum).
/// A value that is not a whole number of seconds in STS's range falls back to the default.
/// </summary>
internal sealed class SessionDurationPolicy
{
    public const string MaxOptionKey = "ram_security.max_session_duration";
    public const string FixOptionKey = "ram_security.fix_session_duration";

    /// <summary>What STS accepts for a session: 15 minutes to 12 hours.</summary>
    public const long StsMinimum = 900;
    public const long StsMaximum = 43200;

    /// <summary>What a RAM role's maximum session duration may be: 1 to 12 hours.</summary>
    public const long RoleCeilingMinimum = 3600;

    /// <summary>What core's WithRoleSessionDurationSeconds accepts before it throws.</summary>
    public const long CoreProviderMinimum = 180;
    public const long CoreProviderMaximum = 3600;

    public const long DefaultMax = 3600;
    public const long DefaultFix = 900;

    public static readonly SessionDurationPolicy Default = new(DefaultMax, DefaultFix, OptionState.Absent);

    private SessionDurationPolicy(long maxSeconds, long fixSeconds, OptionState maxState)
    {
        MaxSeconds = maxSeconds;
        FixSeconds = System.Math.Min(fixSeconds, maxSeconds);
        MaxState = maxState;
    }

    public long MaxSeconds { get; }

    public long FixSeconds { get; }

    /// <summary>Where <see cref="MaxSeconds"/> comes from: the default, the team's value, or the default because the team's value was rejected.</summary>
    public OptionState MaxState { get; }

    public static SessionDurationPolicy From(AnalyzerConfigOptions options)
    {
        var maxState = Read(options, MaxOptionKey, out var parsedMax);
        var max = maxState == OptionState.Valid ? parsedMax : DefaultMax;
        var fix = Read(options, FixOptionKey, out var parsedFix) == OptionState.Valid ? parsedFix : DefaultFix;
        return maxState == OptionState.Absent && fix == DefaultFix ? Default : new SessionDurationPolicy(max, fix, maxState);
    }

    /// <summary>How a message names a maximum: the team's, the default, or the default standing in for a rejected value.</summary>
    public string DescribeMaximum(long seconds) => MaxState switch
    {
        OptionState.Valid => $"the configured maximum of {seconds} seconds ({MaxOptionKey})",
        OptionState.Invalid => $"the default maximum of {seconds} seconds, since the configured value of {MaxOptionKey} was rejected (RAM009)",
        _ => $"the default maximum of {seconds} seconds ({MaxOptionKey})",
    };

    /// <summary>
    /// Whether an option is absent, a valid number of seconds, or a value that falls back to the default. An empty
    /// value is a value ("key =" is a mistake worth a word); "unset", the .editorconfig way to clear a key, is absence.
    /// </summary>
    public static OptionState Read(AnalyzerConfigOptions options, string key, out long seconds)
    {
        seconds = 0;
        if (!options.TryGetValue(key, out var text) || string.Equals(text?.Trim(), "unset", System.StringComparison.OrdinalIgnoreCase))
        {
            return OptionState.Absent;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return OptionState.Invalid;
        }

        return long.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds >= StsMinimum && seconds <= StsMaximum
            ? OptionState.Valid
            : OptionState.Invalid;
    }

    /// <summary>A duration that ends a role's session: <see cref="MaxSeconds"/>, kept within the range of a role's ceiling.</summary>
    public long RoleCeilingSeconds => System.Math.Max(MaxSeconds, RoleCeilingMinimum);
}

internal enum OptionState
{
    Absent,
    Valid,
    Invalid,
}
