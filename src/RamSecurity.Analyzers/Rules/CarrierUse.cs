using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RamSecurity.Analyzers.Internals;
using RamSecurity.Analyzers.Sdk;

namespace RamSecurity.Analyzers.Rules;

/// <summary>
/// What the member that creates a duration carrier does with it: whether a duration is set (initializer, builder
/// chain, later assignment or With... call through the local holding it), whether a Config gets a role type, and
/// whether the object escapes the member (returned, stored in a field or property, aliased, passed outside the SDK).
/// </summary>
internal sealed class CarrierUse
{
    private readonly SessionDurationCarrier _carrier;
    private readonly SessionDurationSinks _sinks;

    private CarrierUse(SessionDurationCarrier carrier, SessionDurationSinks sinks)
    {
        _carrier = carrier;
        _sinks = sinks;
    }

    public bool DurationSet { get; private set; }

    public bool HasRoleType { get; private set; }

    public bool Escapes { get; private set; }

    public static CarrierUse Follow(IObjectCreationOperation creation, SessionDurationCarrier carrier, SessionDurationSinks sinks, CancellationToken cancellationToken)
    {
        var use = new CarrierUse(carrier, sinks);
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment)
                {
                    use.Assigned(target.Member, assignment.Value);
                }
            }
        }

        if (use.HolderOfChainEnd(creation, creation.Type) is { } local)
        {
            use.FollowLocal(local, creation.Type, Root(creation), cancellationToken);
        }

        return use;
    }

    /// <summary>
    /// Follows a fluent chain from <paramref name="start"/> and returns the local its end is stored in. A chain that
    /// ends in another type (<c>Build()</c>, a void <c>With...</c> call) has consumed the object: nothing follows.
    /// </summary>
    private ILocalSymbol? HolderOfChainEnd(IOperation start, ITypeSymbol? carrierType)
    {
        var end = FollowChain(start);
        return SymbolEqualityComparer.Default.Equals(end.Type?.OriginalDefinition, carrierType?.OriginalDefinition) ? HolderOf(end) : null;
    }

    /// <summary>Walks a fluent chain on the object (<c>new Builder().RoleArn(arn).DurationSeconds(900).Build()</c>) and returns its end.</summary>
    private IOperation FollowChain(IOperation value)
    {
        while (Parent(value) is IInvocationOperation invocation && SkipConversions(invocation.Instance) == value)
        {
            Called(invocation);
            value = invocation;
        }

        return value;
    }

    /// <summary>The local the object is stored in, or null; marks an escape when it leaves the member.</summary>
    private ILocalSymbol? HolderOf(IOperation value)
    {
        switch (Parent(value))
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return declarator.Symbol;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when SkipConversions(assignment.Value) == value:
                return local.Local;
            default:
                Escapes |= LeavesMember(value);
                return null;
        }
    }

    private void FollowLocal(ILocalSymbol local, ITypeSymbol? carrierType, IOperation root, CancellationToken cancellationToken)
    {
        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            switch (Parent(reference))
            {
                // local.DurationSeconds = 900; local.Type = "ram_role_arn";
                case IMemberReferenceOperation member when Parent(member) is ISimpleAssignmentOperation assignment && assignment.Target == member:
                    Assigned(member.Member, assignment.Value);
                    break;

                // local.WithRoleSessionDurationSeconds(900); builder.DurationSeconds(900).Build();
                case IInvocationOperation invocation when SkipConversions(invocation.Instance) == reference:
                    // A fluent call stored in a second variable aliases the object: followed no further, as an escape.
                    Escapes |= HolderOfChainEnd(reference, carrierType) is not null;
                    break;

                // The declaration's own write, or a read of a member.
                case IMemberReferenceOperation:
                case IVariableInitializerOperation:
                    break;
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    break;
                default:
                    Escapes |= LeavesMember(reference);
                    break;
            }
        }
    }

    private void Assigned(ISymbol member, IOperation value)
    {
        if (member.Name == SessionDurationTable.ConfigTypePropertyName && !_carrier.RoleTypes.IsEmpty)
        {
            HasRoleType |= value.ConstantValue is { HasValue: true, Value: string type } && _carrier.RoleTypes.Contains(type);
        }
        else if (member.Name == _carrier.DurationMemberName && _sinks.TryGetMember(member, out var duration))
        {
            DurationSet |= !IsUnset(value, duration);
        }
    }

    private void Called(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Name != _carrier.DurationMemberName)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && _sinks.TryGetParameter(invocation.TargetMethod, parameter, out var duration))
            {
                DurationSet |= !IsUnset(argument.Value, duration);
            }
        }
    }

    /// <summary>A constant null, or 0 where 0 means the SDK default: no duration at all.</summary>
    private static bool IsUnset(IOperation value, SessionDurationMember duration) =>
        ConstantSeconds.TryGet(value, out var seconds) && (seconds is null || (duration.ZeroMeansUnset && seconds == 0));

    /// <summary>
    /// True when the object leaves the member: returned, stored in a field or property, aliased by another variable,
    /// captured as a delegate's result, or handed to a method outside the SDK (which may set its duration).
    /// </summary>
    private static bool LeavesMember(IOperation value) => Parent(value) switch
    {
        IReturnOperation => true,
        IArgumentOperation argument => !IsSdkMember(argument.Parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        }),
        ISimpleAssignmentOperation assignment => assignment.Target is not IMemberReferenceOperation { Member: var member } || !IsSdkMember(member),
        IVariableInitializerOperation => true,
        IConditionalOperation or ICoalesceOperation or ITupleOperation or IArrayInitializerOperation => true,
        _ => false,
    };

    /// <summary>A member of an Alibaba Cloud SDK type (namespaces Aliyun, AlibabaCloud, Tea): using the object there is using it, not passing it on.</summary>
    private static bool IsSdkMember(ISymbol? member)
    {
        var ns = member?.ContainingType?.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name is "Aliyun" or "AlibabaCloud" or "Tea";
    }

    private static IOperation? Parent(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    private static IOperation? SkipConversions(IOperation? operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }
}
