using System.ComponentModel;

namespace Wumbo.Model.Domain;

[Description("Public DNS names of the environment.")]
public sealed record DnsSettings(
    [Description("The apex domain, wumbo.app.")]
    string Domain,
    [Description("Host name of the backend API, for example dev-api.wumbo.app.")]
    string ApiHost)
{
    /// <summary>The API base URL handed to the web and mobile apps.</summary>
    public string ApiUrl => "https://" + ApiHost;
}
