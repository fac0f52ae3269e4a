-- PAN-BOL's purple (#6A3D9A) and MAS-IPSP's blue (#1F4E9E) look the same to readers with
-- protanopia (CIE76 distance 2.1 in a Machado et al. 2009 simulation) and deuteranopia (8.9).
-- An orchid keeps every pair of presidential tickets at least 19 apart under normal vision,
-- protanopia, deuteranopia and tritanopia (docs/accessibility.md, PartyPaletteTests). CC's orange,
-- a shade darker, reaches 3:1 against white (it was 2.99:1), as bars and swatches should (WCAG
-- 1.4.11). Display colours are this application's choice, not official data.
UPDATE party SET color = '#C06EB8'
WHERE code = 'PAN_BOL' AND election_id = (SELECT id FROM election WHERE code = 'EG2020');
UPDATE party SET color = '#DB7700'
WHERE code = 'CC' AND election_id = (SELECT id FROM election WHERE code = 'EG2020');
