-- Body regions belong to one area of the body, so an intake can group its choices the way a
-- person thinks of their body (head and neck, shoulders and arms, back and trunk, hips and legs).
ALTER TABLE body_region ADD COLUMN area text;

UPDATE body_region SET area = CASE
    WHEN code IN ('head', 'jaw', 'suboccipitals', 'neck') THEN 'Head and neck'
    WHEN code IN ('upper-trapezius', 'shoulder', 'elbow', 'forearm-wrist', 'arm') THEN 'Shoulders and arms'
    WHEN code IN ('chest', 'shoulder-blades', 'upper-back', 'mid-back', 'low-back', 'core') THEN 'Back and trunk'
    ELSE 'Hips and legs'
END;

ALTER TABLE body_region ALTER COLUMN area SET NOT NULL;
