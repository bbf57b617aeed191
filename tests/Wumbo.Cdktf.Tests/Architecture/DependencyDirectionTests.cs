using System.Reflection;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Stacks;
using Wumbo.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Tests.Architecture;

/// <summary>
/// Dependencies point one way: the diagnostics know nothing; the construct layer knows only the diagnostics;
/// the AWS classes know only the construct layer; the model knows nothing of Terraform; the stacks are the one
/// place where the model meets Terraform. An assembly cannot use a type without referencing its assembly,
/// so checking references checks every signature and method body.
/// </summary>
public sealed class DependencyDirectionTests
{
    public static TheoryData<string, string[]> AllowedReferences() => new()
    {
        { Name(typeof(Diagnostic)), [] },
        { Name(typeof(Construct)), [Name(typeof(Diagnostic))] },
        { Name(typeof(AwsVpc)), [Name(typeof(Construct)), Name(typeof(Diagnostic))] },
        { Name(typeof(EnvironmentModel)), [Name(typeof(Diagnostic))] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void Each_layer_references_only_the_layers_below_it(string assemblyName, string[] allowed)
    {
        var forbidden = Assembly.Load(assemblyName).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Wumbo.", StringComparison.Ordinal) && !allowed.Contains(name));

        Assert.Empty(forbidden);
    }

    [Fact]
    public void The_stacks_are_where_the_model_meets_terraform()
    {
        var references = typeof(EnvironmentStack).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToHashSet();

        Assert.Contains(Name(typeof(EnvironmentModel)), references);
        Assert.Contains(Name(typeof(AwsVpc)), references);
    }

    private static string Name(Type type) => type.Assembly.GetName().Name!;
}
