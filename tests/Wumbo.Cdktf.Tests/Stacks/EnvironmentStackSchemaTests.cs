using Wumbo.Testing.Schema;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>
/// Each environment's stack against the checked-in hashicorp/aws schema, without Terraform: every argument exists,
/// is settable and has its type, required ones are there, and blocks have cdktf's shape.
/// </summary>
public sealed class EnvironmentStackSchemaTests
{
    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Stack_conforms_to_the_provider_schema(string environment)
    {
        var violations = SchemaConformanceChecker.CheckedInAwsSchema.Check(WumboStacks.StackJson(environment));

        Assert.Empty(violations.Select(v => v.ToString()));
    }
}
