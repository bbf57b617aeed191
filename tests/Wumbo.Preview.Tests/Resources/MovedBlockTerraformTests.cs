using Wumbo.Preview.Tests.Support;
using Wumbo.Testing.Tools;

namespace Wumbo.Preview.Tests.Resources;

/// <summary>A real stack with a <c>moved</c> block, as the construct layer writes it for a renamed construct, is Terraform that validates.</summary>
public sealed class MovedBlockTerraformTests
{
    [Fact]
    public async Task A_renamed_database_with_its_moved_block_validates()
    {
        using var checkout = new Checkout().Synthesize(app =>
        {
            var database = ConstructTree.Resource(app, "production/database/instance");
            database.OverrideLogicalId("database_primary");
            database.MoveFromId("aws_db_instance.database_instance_D7FC2283");
        });
        var stack = checkout.Stack("production");
        Assert.Contains("\"moved\": [\n    {\n      \"from\": \"aws_db_instance.database_instance_D7FC2283\",\n      \"to\": \"aws_db_instance.database_primary\"\n    }\n  ]", stack, StringComparison.Ordinal);

        using var workspace = TerraformWorkspace.Create(stack);
        var result = await workspace.ValidateAsync(TestContext.Current.CancellationToken);

        result.EnsureSucceeded(failOnWarnings: true);
    }
}
