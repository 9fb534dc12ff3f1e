namespace Pipeline.Extraction;

public enum EntityKind
{
    Company,
    Element,
    Material,
    Organisation,
    Country,
    Place,
    Person,
}
