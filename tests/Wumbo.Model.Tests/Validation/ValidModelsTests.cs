using System.Reflection;
using Wumbo.Model.Validation;

namespace Wumbo.Model.Tests.Validation;

public sealed class ValidModelsTests
{
    [Fact]
    public void The_seed_environments_pass_every_rule()
    {
        var models = ValidModels.All();
        foreach (var model in models)
        {
            Assert.Empty(RuleRun.One(model).Diagnostics);
        }

        Assert.Empty(RuleRun.Set([.. models]).Diagnostics);
    }

    [Fact]
    public void Every_model_path_constant_names_a_value_of_the_model()
    {
        var spans = TestSources.For(ValidModels.Production()).Spans;
        var constants = typeof(ModelPaths).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral);
        Assert.All(constants, field => Assert.Contains((string)field.GetRawConstantValue()!, spans.Keys));
    }
}
