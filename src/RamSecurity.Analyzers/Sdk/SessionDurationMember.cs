namespace RamSecurity.Analyzers.Sdk;

/// <summary>The range of durations an SDK member accepts.</summary>
internal enum DurationLimits
{
    /// <summary>An STS session: 900 to 43200 seconds (capped by the role's maximum session duration).</summary>
    Sts,

    /// <summary>Core's <c>WithRoleSessionDurationSeconds</c>: throws outside 180..3600, and STS rejects below 900.</summary>
    CoreProvider,

    /// <summary>A RAM role's maximum session duration: 3600 to 43200 seconds.</summary>
    RoleCeiling,
}

/// <summary>One SDK member that sets a session duration: a property, a public field, or a parameter of a method or constructor.</summary>
internal sealed class SessionDurationMember
{
    private SessionDurationMember(string typeMetadataName, string memberName, string? parameterName, DurationLimits limits, bool zeroMeansUnset)
    {
        TypeMetadataName = typeMetadataName;
        MemberName = memberName;
        ParameterName = parameterName;
        Limits = limits;
        ZeroMeansUnset = zeroMeansUnset;
    }

    public string TypeMetadataName { get; }

    /// <summary>The property, field or method name, ".ctor" for a constructor.</summary>
    public string MemberName { get; }

    /// <summary>The parameter that takes the duration; null for a property or field.</summary>
    public string? ParameterName { get; }

    public DurationLimits Limits { get; }

    /// <summary>True when 0 (or null) leaves the SDK default of 3600 in place: that is no duration, not a short one.</summary>
    public bool ZeroMeansUnset { get; }

    public static SessionDurationMember Property(string type, string property, DurationLimits limits, bool zeroMeansUnset = false) => new(type, property, null, limits, zeroMeansUnset);

    public static SessionDurationMember Field(string type, string field, DurationLimits limits) => new(type, field, null, limits, zeroMeansUnset: false);

    public static SessionDurationMember Method(string type, string method, string parameter, DurationLimits limits, bool zeroMeansUnset = false) => new(type, method, parameter, limits, zeroMeansUnset);

    public static SessionDurationMember Constructor(string type, string parameter, DurationLimits limits) => new(type, ".ctor", parameter, limits, zeroMeansUnset: false);
}
