-- The API states a maximum length for every taxonomy text it answers with (see TaxonomyViews);
-- these constraints keep the vocabulary within them.
ALTER TABLE technique
    ADD CONSTRAINT technique_code_length CHECK (length(code) <= 64),
    ADD CONSTRAINT technique_name_length CHECK (length(name) <= 120),
    ADD CONSTRAINT technique_definition_length CHECK (length(definition) <= 500);
ALTER TABLE body_region
    ADD CONSTRAINT body_region_code_length CHECK (length(code) <= 64),
    ADD CONSTRAINT body_region_name_length CHECK (length(name) <= 120),
    ADD CONSTRAINT body_region_area_length CHECK (length(area) <= 120);
ALTER TABLE condition
    ADD CONSTRAINT condition_code_length CHECK (length(code) <= 64),
    ADD CONSTRAINT condition_name_length CHECK (length(name) <= 120),
    ADD CONSTRAINT condition_description_length CHECK (length(description) <= 500);
ALTER TABLE condition_assessed_region
    ADD CONSTRAINT assessed_region_reason_length CHECK (length(reason) <= 500);
