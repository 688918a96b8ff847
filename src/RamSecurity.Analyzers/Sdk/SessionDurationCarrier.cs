using System.Collections.Immutable;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>How RAM006's fix gives an object its duration, in the shape the code already uses.</summary>
internal enum DurationFixShape
{
    /// <summary><c>DurationSeconds = 900</c> in the object initializer (one is added when there is none).</summary>
    Initializer,

    /// <summary><c>.DurationSeconds(900)</c> in the builder chain, before <c>Build()</c>.</summary>
    BuilderCall,

    /// <summary><c>provider.WithRoleSessionDurationSeconds(900);</c> after the declaration.</summary>
    CallStatement,

    /// <summary><c>provider.durationSeconds = 900;</c> after the declaration.</summary>
    AssignmentStatement,
}

/// <summary>An SDK object that starts STS sessions, or a role that caps them, and should be given a duration (RAM006).</summary>
internal sealed class SessionDurationCarrier
{
    private SessionDurationCarrier(string typeMetadataName, string durationMemberName, DurationFixShape fixShape, bool isRoleCeiling, ImmutableArray<string> roleTypes)
    {
        TypeMetadataName = typeMetadataName;
        DurationMemberName = durationMemberName;
        FixShape = fixShape;
        IsRoleCeiling = isRoleCeiling;
        RoleTypes = roleTypes;
    }

    public string TypeMetadataName { get; }

    /// <summary>The member of <see cref="SessionDurationTable.Members"/> that gives this object its duration.</summary>
    public string DurationMemberName { get; }

    public DurationFixShape FixShape { get; }

    /// <summary>True for a RAM role's maximum session duration (CreateRoleRequest), false for a session's own.</summary>
    public bool IsRoleCeiling { get; }

    /// <summary>For a Config: the <c>Type</c> values that start sessions; empty when every instance does.</summary>
    public ImmutableArray<string> RoleTypes { get; }

    public static SessionDurationCarrier Initialized(string type, string property, bool isRoleCeiling = false, ImmutableArray<string> roleTypes = default) =>
        new(type, property, DurationFixShape.Initializer, isRoleCeiling, roleTypes.IsDefault ? ImmutableArray<string>.Empty : roleTypes);

    public static SessionDurationCarrier SetAfterwards(string type, string member, DurationFixShape shape) => new(type, member, shape, false, ImmutableArray<string>.Empty);

    public static SessionDurationCarrier Built(string builderType, string method) => new(builderType, method, DurationFixShape.BuilderCall, false, ImmutableArray<string>.Empty);
}
