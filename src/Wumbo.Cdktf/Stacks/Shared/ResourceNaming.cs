using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>The Name tag, which the console shows for resources that have no name of their own.</summary>
internal static class ResourceNaming
{
    public static TfMap<TfString> NameTag(string name) => TfMap.Strings([new("Name", name)]);
}
