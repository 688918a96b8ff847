namespace RamSecurity.Analyzers.CodeFixes.Internals;

/// <summary>What every rewrite of one fix shares: the session duration of a role variant, and the OSS provider class to name.</summary>
internal sealed class RewriteOptions
{
    public RewriteOptions(long seconds, OssProviderClass ossProvider)
    {
        Seconds = seconds;
        OssProvider = ossProvider;
    }

    /// <summary>ram_security.fix_session_duration (SessionDurationPolicy.FixSeconds): RAM006 and RAM007 stay quiet on the result.</summary>
    public long Seconds { get; }

    public OssProviderClass OssProvider { get; }
}
