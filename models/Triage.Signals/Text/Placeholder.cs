namespace Triage.Signals.Text;

// What a masked slot held. The order is part of the stored skeletons: append, never reorder.
public enum Placeholder
{
    Name,
    Amount,
    Date,
    Phone,
    IdNumber,
    Reference,
    Organization,
    Regulator,
    Email,
    Url,
    Number,
}
