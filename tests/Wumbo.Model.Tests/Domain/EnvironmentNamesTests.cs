using Wumbo.Model.Tests.Validation;

namespace Wumbo.Model.Tests.Domain;

/// <summary>The names the deployment summary spells out, from the one function the stacks and docs use.</summary>
public sealed class EnvironmentNamesTests
{
    [Fact]
    public void Services_and_their_log_groups_follow_the_deployment_summary()
    {
        var model = ValidModels.Production();
        var names = model.Names;

        Assert.Equal(["production-wumbo-backend", "production-wumbo-worker", "production-wumbo-beat"], model.Compute.Services.Select(names.Service));
        Assert.Equal("/aws/ecs/production-wumbo-worker", names.ServiceLogGroup(model.Compute.Services[1]));
        Assert.Equal("production-family-budget-alarms", names.AlarmTopic);
        Assert.Equal("production/wumbo/plaid", names.Secret("plaid"));
    }

    [Fact]
    public void Shared_resources_carry_the_environment_prefix()
    {
        var names = ValidModels.Development().Names;

        Assert.Equal("development-wumbo", names.Cluster);
        Assert.Equal("development-wumbo-migration", names.Migration);
        Assert.Equal("/aws/ecs/development-wumbo-migration", names.MigrationLogGroup);
        Assert.Equal("development-wumbo-api", names.LoadBalancer);
        Assert.Equal("https://dev-api.wumbo.app", names.ApiUrl);
    }
}
