using System.ComponentModel;

namespace Wumbo.Model.Domain;

[Description("The Expo mobile app's identifiers for this environment.")]
public sealed record MobileSettings(
    [Description("iOS bundle id, unique across environments.")]
    IosBundleId IosBundleId,
    [Description("Android package name, unique across environments (no hyphens).")]
    AndroidPackageName AndroidPackage,
    [Description("EAS build profile: development, preview or production.")]
    EasBuildProfile EasBuildProfile);

public enum EasBuildProfile
{
    [WireName("development")]
    Development,
    [WireName("preview")]
    Preview,
    [WireName("production")]
    Production,
}
