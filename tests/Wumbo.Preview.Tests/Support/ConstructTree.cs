using Wumbo.Cdktf.Constructs;

namespace Wumbo.Preview.Tests.Support;

/// <summary>Finding a resource of a built app by its construct path, to change it as a refactoring would.</summary>
internal static class ConstructTree
{
    public static TerraformResource Resource(App app, string path) =>
        app.Node.FindAll().OfType<TerraformResource>().Single(r => r.Node.Path == path);
}
