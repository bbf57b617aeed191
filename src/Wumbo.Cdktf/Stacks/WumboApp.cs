using Wumbo.Cdktf.Constructs;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>Wumbo's CDKTF app: one stack per environment, each named after its environment.</summary>
public static class WumboApp
{
    public static App Build(IEnumerable<EnvironmentModel> environments)
    {
        var app = new App();
        foreach (var environment in environments)
        {
            _ = new EnvironmentStack(app, environment);
        }

        return app;
    }
}
