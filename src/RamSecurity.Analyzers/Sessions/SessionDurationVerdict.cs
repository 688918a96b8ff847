using RamSecurity.Analyzers.Sdk;
namespace RamSecurity.Analyzers.Sessions;

/// <summary>
/// Why a constant duration is wrong for the member it is given to (RAM007), and the duration a fix writes instead.
/// Null when it is fine.
/// </summary>
internal sealed class SessionDurationVerdict
{
    private SessionDurationVerdict(string reason, long replacement)
    {
        Reason = reason;
        Replacement = replacement;
    }

    /// <summary>The end of the message "Session duration of N seconds ...".</summary>
    public string Reason { get; }

    public long Replacement { get; }

    public static SessionDurationVerdict? Judge(long seconds, DurationLimits limits, SessionDurationPolicy policy) => limits switch
    {
        DurationLimits.CoreProvider => JudgeCoreProvider(seconds, policy),
        DurationLimits.RoleCeiling => JudgeRoleCeiling(seconds, policy),
        _ => JudgeSession(seconds, policy, policy.MaxSeconds),
    };

    private static SessionDurationVerdict? JudgeSession(long seconds, SessionDurationPolicy policy, long ceiling)
    {
        if (seconds < SessionDurationPolicy.StsMinimum)
        {
            return new($"is below the {SessionDurationPolicy.StsMinimum} seconds STS accepts: AssumeRole fails", SessionDurationPolicy.StsMinimum);
        }

        if (seconds > SessionDurationPolicy.StsMaximum)
        {
            return new($"is above the {SessionDurationPolicy.StsMaximum} seconds STS accepts: AssumeRole fails", ceiling);
        }

        return seconds > policy.MaxSeconds ? AboveMaximum(policy, policy.MaxSeconds, ceiling) : null;
    }

    private static SessionDurationVerdict? JudgeCoreProvider(long seconds, SessionDurationPolicy policy)
    {
        var ceiling = System.Math.Min(policy.MaxSeconds, SessionDurationPolicy.CoreProviderMaximum);
        if (seconds < SessionDurationPolicy.CoreProviderMinimum || seconds > SessionDurationPolicy.CoreProviderMaximum)
        {
            return new(
                $"is outside {SessionDurationPolicy.CoreProviderMinimum}..{SessionDurationPolicy.CoreProviderMaximum}: WithRoleSessionDurationSeconds throws ArgumentOutOfRangeException",
                seconds < SessionDurationPolicy.CoreProviderMinimum ? SessionDurationPolicy.StsMinimum : ceiling);
        }

        return JudgeSession(seconds, policy, ceiling);
    }

    private static SessionDurationVerdict? JudgeRoleCeiling(long seconds, SessionDurationPolicy policy)
    {
        var ceiling = System.Math.Min(policy.RoleCeilingSeconds, SessionDurationPolicy.StsMaximum);
        if (seconds < SessionDurationPolicy.RoleCeilingMinimum || seconds > SessionDurationPolicy.StsMaximum)
        {
            return new(
                $"is outside {SessionDurationPolicy.RoleCeilingMinimum}..{SessionDurationPolicy.StsMaximum}, the range of a RAM role's maximum session duration: the request fails",
                seconds < SessionDurationPolicy.RoleCeilingMinimum ? SessionDurationPolicy.RoleCeilingMinimum : ceiling);
        }

        // A role's ceiling cannot be below 3600 seconds, so a stricter session maximum is not held against it.
        return seconds > ceiling ? AboveMaximum(policy, ceiling, ceiling) : null;
    }

    private static SessionDurationVerdict AboveMaximum(SessionDurationPolicy policy, long maximum, long replacement) =>
        new("is above " + policy.DescribeMaximum(maximum), replacement);
}
