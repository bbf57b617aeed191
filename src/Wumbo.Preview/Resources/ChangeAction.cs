namespace Wumbo.Preview.Resources;

/// <summary>What the head does to a resource of the base, as far as the configurations tell (Terraform's state may add more).</summary>
public enum ChangeAction
{
    /// <summary>The address is new.</summary>
    Create,

    /// <summary>The address is in both, with changed values.</summary>
    Update,

    /// <summary>A <c>moved</c> block hands the base's address to a new one; values may change too.</summary>
    Move,

    /// <summary>The address is gone, and no <c>moved</c> block names it.</summary>
    Destroy,
}
