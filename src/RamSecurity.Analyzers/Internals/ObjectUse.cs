using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RamSecurity.Analyzers.Internals;

/// <summary>
/// What the member that creates an SDK object does with it: every member it assigns (initializer, later assignment
/// through the local holding it), every method it calls on it (fluent chains, calls through the local), and whether
/// the object escapes the member (returned, stored in a field or property, aliased, passed outside the SDK), in which
/// case code elsewhere may complete it.
/// </summary>
internal sealed class ObjectUse
{
    private readonly Action<ISymbol, IOperation> _assigned;
    private readonly Action<IInvocationOperation> _called;
    private readonly Action<IArgumentOperation>? _passed;

    private ObjectUse(Action<ISymbol, IOperation> assigned, Action<IInvocationOperation> called, Action<IArgumentOperation>? passed)
    {
        _assigned = assigned;
        _called = called;
        _passed = passed;
    }

    private bool Escapes { get; set; }

    /// <summary>
    /// Reports each member assignment and method call on the created object, and, where asked, each argument it is
    /// passed as (to an SDK member: passing it elsewhere is an escape); returns true when it escapes the member.
    /// </summary>
    public static bool Follow(
        IObjectCreationOperation creation,
        Action<ISymbol, IOperation> assigned,
        Action<IInvocationOperation> called,
        CancellationToken cancellationToken,
        Action<IArgumentOperation>? passed = null)
    {
        var use = new ObjectUse(assigned, called, passed);
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment)
                {
                    assigned(target.Member, assignment.Value);
                }
            }
        }

        if (use.HolderOfChainEnd(creation, creation.Type) is { } local)
        {
            use.FollowLocal(local, creation.Type, Root(creation), cancellationToken);
        }

        return use.Escapes;
    }

    /// <summary>
    /// Follows a fluent chain from <paramref name="start"/> and returns the local its end is stored in. A chain that
    /// ends in another type (<c>Build()</c>, a void <c>With...</c> call) has consumed the object: nothing follows.
    /// </summary>
    private ILocalSymbol? HolderOfChainEnd(IOperation start, ITypeSymbol? objectType)
    {
        var end = FollowChain(start);
        return SymbolEqualityComparer.Default.Equals(end.Type?.OriginalDefinition, objectType?.OriginalDefinition) ? HolderOf(end) : null;
    }

    /// <summary>Walks a fluent chain on the object (<c>new Builder().RoleArn(arn).DurationSeconds(900).Build()</c>) and returns its end.</summary>
    private IOperation FollowChain(IOperation value)
    {
        while (Parent(value) is IInvocationOperation invocation && Operations.SkipConversions(invocation.Instance) == value)
        {
            _called(invocation);
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
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when Operations.SkipConversions(assignment.Value) == value:
                return local.Local;
            default:
                Passed(value);
                Escapes |= LeavesMember(value);
                return null;
        }
    }

    private void Passed(IOperation value)
    {
        if (_passed is not null && Parent(value) is IArgumentOperation argument)
        {
            _passed(argument);
        }
    }

    private void FollowLocal(ILocalSymbol local, ITypeSymbol? objectType, IOperation root, CancellationToken cancellationToken)
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
                    _assigned(member.Member, assignment.Value);
                    break;

                // local.WithRoleSessionDurationSeconds(900); builder.DurationSeconds(900).Build();
                case IInvocationOperation invocation when Operations.SkipConversions(invocation.Instance) == reference:
                    // A fluent call stored in a second variable aliases the object: followed no further, as an escape.
                    Escapes |= HolderOfChainEnd(reference, objectType) is not null;
                    break;

                // A read of a member, or a new value for the local itself.
                case IMemberReferenceOperation:
                    break;
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    break;

                // Anything else that passes the object on (var alias = local; return local; Helper(local)) is judged as an escape.
                default:
                    Passed(reference);
                    Escapes |= LeavesMember(reference);
                    break;
            }
        }
    }

    /// <summary>
    /// True when the object leaves the member: returned, stored in a field or property, aliased by another variable,
    /// or handed to a method outside the SDK (which may complete it).
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
    private static bool IsSdkMember(ISymbol? member) => member?.ContainingType is { } type && SdkReach.IsSdkType(type);

    private static IOperation? Parent(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
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
