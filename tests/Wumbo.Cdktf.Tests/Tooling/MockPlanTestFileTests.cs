using Wumbo.Testing.Snapshots;
using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Tooling;

public sealed class MockPlanTestFileTests
{
    [Fact]
    public void Mocks_every_provider_configuration_and_fills_required_variables()
    {
        var stack = ToolingStacks.With(
            "\"name\": {\n      \"type\": \"string\"\n    }",
            "\"name\": {\n      \"type\": \"string\"\n    },\n    \"replicas\": {\n      \"type\": \"number\"\n    },"
            + "\n    \"zones\": {\n      \"type\": \"list(string)\"\n    },\n    \"tier\": {\n      \"default\": \"small\"\n    }");

        var text = MockPlanTestFile.Render(stack, new Dictionary<string, string> { ["replicas"] = "3" });

        Snapshot.Verify(text, "hcl");
    }

    [Fact]
    public void Mock_data_goes_into_every_mocked_provider()
    {
        var text = MockPlanTestFile.Render(
            ToolingStacks.Valid,
            mockData: new Dictionary<string, string> { ["aws_availability_zones"] = "{ names = [\"us-east-1a\"] }" });

        Assert.Contains("mock_provider \"aws\" {\n  mock_data \"aws_availability_zones\" {\n    defaults = { names = [\"us-east-1a\"] }\n  }\n}\n", text, StringComparison.Ordinal);
    }
}
