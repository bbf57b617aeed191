using System.Globalization;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

public sealed class RobustnessTests
{
    [Fact]
    public void Empty_lists_give_diagnostics_not_exceptions()
    {
        var model = ValidModels.Development().WithServices();
        model = model with
        {
            Network = model.Network with { Subnets = new SubnetLayout([], [], []), VpcEndpoints = [] },
            Registry = model.Registry with { Repositories = [] },
            Security = model.Security with { Secrets = [] },
        };

        var (diagnostics, _) = RuleRun.One(model);

        Assert.Equal(
            [DiagnosticCatalog.SubnetCountMismatch.Code, DiagnosticCatalog.ApiServiceCount.Code, DiagnosticCatalog.UnknownImageRepository.Code, DiagnosticCatalog.MissingVpcEndpoints.Code],
            diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Messages_do_not_depend_on_the_current_culture()
    {
        var broken = ValidModels.Production().WithService(0, s => s with { Cpu = 1024, Memory = 1000, DesiredCount = 9 })
            .WithNetwork(n => n with { NatGateways = 3 });

        var invariant = Messages(broken, CultureInfo.InvariantCulture);
        var turkish = Messages(broken, CultureInfo.GetCultureInfo("tr-TR"));

        Assert.NotEmpty(invariant);
        Assert.Equal(invariant, turkish);
    }

    private static List<string> Messages(EnvironmentModel model, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return [.. RuleRun.One(model).Diagnostics.Select(d => d.ToString())];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
