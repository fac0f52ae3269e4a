-- Reference facts of the general election of 18 October 2020 (Órgano Electoral Plurinacional):
-- parties in the export's column order, tickets, departments with their seat plan, constituencies,
-- expected mesas and registered voters in Bolivia and abroad.

INSERT INTO election (id, code, name, election_date, abroad_mesas, abroad_registered)
VALUES (1, 'EG2020', 'Elecciones Generales 2020', DATE '2020-10-18', 1443, 301631);

INSERT INTO party (election_id, code, position, name, short_name, color, withdrawn, on_president, on_uninominal, on_special)
VALUES (1, 'CREEMOS', 1, 'Creemos', 'CREEMOS', '#8E2A4F', false, true, true, true),
       (1, 'ADN', 2, 'Acción Democrática Nacionalista', 'ADN', '#9E9E9E', true, true, true, true),
       (1, 'MAS_IPSP', 3, 'Movimiento al Socialismo - Instrumento Político por la Soberanía de los Pueblos', 'MAS-IPSP', '#1F4E9E', false, true, true, true),
       (1, 'FPV', 4, 'Frente Para la Victoria', 'FPV', '#2E7D32', false, true, true, true),
       (1, 'PAN_BOL', 5, 'Partido de Acción Nacional Boliviano', 'PAN-BOL', '#6A3D9A', false, true, true, true),
       (1, 'LIBRE_21', 6, 'Libre 21', 'LIBRE 21', '#8D8D8D', true, true, true, true),
       (1, 'CC', 7, 'Comunidad Ciudadana', 'CC', '#E07B00', false, true, true, true),
       (1, 'JUNTOS', 8, 'Juntos', 'JUNTOS', '#7D7D7D', true, true, true, true),
       (1, 'APG', 9, 'Asamblea del Pueblo Guaraní', 'APG', '#00838F', false, false, false, true),
       (1, 'CPEM_B', 10, 'Central de Pueblos Étnicos Mojeños del Beni', 'CPEM-B', '#558B2F', false, false, false, true),
       (1, 'CIDOB', 11, 'Confederación de Pueblos Indígenas de Bolivia', 'CIDOB', '#AD1457', false, false, false, true),
       (1, 'BIA_YUQUI', 12, 'Bia Yuqui', 'BIA YUQUI', '#4E342E', false, false, false, true),
       (1, 'CONAMAQ', 13, 'Consejo Nacional de Ayllus y Markas del Qullasuyu', 'CONAMAQ', '#C62828', false, false, false, true),
       (1, 'OICH', 14, 'Organización Indígena Chiquitana', 'OICH', '#00695C', false, false, false, true),
       (1, 'ORCAWETA', 15, 'Organización de Capitanías Weenhayek de Tarija', 'ORCAWETA', '#F9A825', false, false, false, true),
       (1, 'YAMINAWA', 16, 'Yaminawa', 'YAMINAWA', '#5D4037', false, false, false, true);

INSERT INTO ticket (election_id, party_code, slug, president, vice_president)
VALUES (1, 'CREEMOS', 'luis-fernando-camacho', 'Luis Fernando Camacho', 'Marco Antonio Pumari'),
       (1, 'MAS_IPSP', 'luis-arce-catacora', 'Luis Arce Catacora', 'David Choquehuanca'),
       (1, 'FPV', 'chi-hyun-chung', 'Chi Hyun Chung', NULL),
       (1, 'PAN_BOL', 'feliciano-mamani', 'Feliciano Mamani', NULL),
       (1, 'CC', 'carlos-mesa', 'Carlos Mesa', 'Gustavo Pedraza'),
       (1, 'LIBRE_21', 'jorge-quiroga', 'Jorge Quiroga', NULL),
       (1, 'JUNTOS', 'jeanine-anez', 'Jeanine Áñez', NULL);

INSERT INTO department (id, name)
VALUES (1, 'Chuquisaca'), (2, 'La Paz'), (3, 'Cochabamba'), (4, 'Oruro'), (5, 'Potosí'),
       (6, 'Tarija'), (7, 'Santa Cruz'), (8, 'Beni'), (9, 'Pando');

INSERT INTO department_plan (election_id, department_id, senate_seats, uninominal_seats, plurinominal_seats,
                             special_seats, expected_mesas, registered_voters)
VALUES (1, 1, 4, 5, 5, 0, 1859, 368623),
       (1, 2, 4, 14, 14, 1, 9214, 1923305),
       (1, 3, 4, 9, 9, 1, 6390, 1340548),
       (1, 4, 4, 4, 4, 1, 1704, 339950),
       (1, 5, 4, 7, 6, 0, 2364, 453287),
       (1, 6, 4, 4, 4, 1, 1856, 376846),
       (1, 7, 4, 14, 13, 1, 9016, 1886386),
       (1, 8, 4, 4, 3, 1, 1351, 270213),
       (1, 9, 4, 2, 2, 1, 403, 72136);

-- Uninominal constituencies 1-63 by department range; special constituencies 1-7.
INSERT INTO constituency (election_id, kind, number, department_id)
SELECT 1, 'UNINOMINAL', n, d
FROM (VALUES (1, 1, 5), (2, 6, 19), (3, 20, 28), (4, 29, 32), (5, 33, 39),
             (6, 40, 43), (7, 44, 57), (8, 58, 61), (9, 62, 63)) AS r(d, first, last),
     generate_series(r.first, r.last) AS n;

INSERT INTO constituency (election_id, kind, number, department_id)
VALUES (1, 'SPECIAL', 1, 2), (1, 'SPECIAL', 2, 3), (1, 'SPECIAL', 3, 4), (1, 'SPECIAL', 4, 6),
       (1, 'SPECIAL', 5, 7), (1, 'SPECIAL', 6, 8), (1, 'SPECIAL', 7, 9);
